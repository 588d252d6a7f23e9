import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = `${root}packages/cli/bin/hnl.js`;
const reports = `${root}reports/`;
const forks = ["zz-fork-template"];

const hnl = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

afterAll(() => {
  for (const slug of forks) {
    rmSync(`${root}notebooks/${slug}`, { recursive: true, force: true });
    rmSync(`${reports}.site-src-test-${slug}`, { recursive: true, force: true });
    rmSync(`${reports}dist-test-${slug}`, { recursive: true, force: true });
  }
});

/** The highest challenge any notebook answers now. */
const lastChallenge = () =>
  Math.max(
    ...readdirSync(`${root}notebooks`)
      .filter((d) => existsSync(`${root}notebooks/${d}/notebook.json`))
      .map((d) => (JSON.parse(readFileSync(`${root}notebooks/${d}/notebook.json`, "utf8")) as { challenge: number | null }).challenge ?? 0),
  );

describe("forking a notebook for a hack team", () => {
  it("hnl new copies the template under the next free challenge, and hnl test passes it unchanged", () => {
    const [slug = ""] = forks;
    const challenge = lastChallenge() + 1;
    const made = hnl("new", slug, "--from", "_template", "--team", "Fork testers");
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain(`✔ Created notebooks/${slug} from _template`);
    const manifest = JSON.parse(readFileSync(`${root}notebooks/${slug}/notebook.json`, "utf8"));
    expect(manifest).toMatchObject({ slug, team: "Fork testers", title: "Fork testers: Notebook template", challenge });
    expect(readFileSync(`${root}notebooks/${slug}/findings.json`, "utf8")).toBe("[]\n");
    expect(existsSync(`${root}notebooks/${slug}/src/data/by-stage.html.ts`)).toBe(true);
    // Nothing of a package: the notebooks share notebooks/package.json, so no install is needed.
    expect(existsSync(`${root}notebooks/${slug}/package.json`)).toBe(false);

    const again = hnl("new", slug);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`notebooks/${slug} already exists.`);

    const tested = hnl("test", slug);
    expect(tested.status, tested.stdout.slice(-3000)).toBe(0);
    expect(tested.stdout).toMatch(/\n\d+ passed, 0 failed\n$/);
    expect(readFileSync(`${reports}dist-test-${slug}/index.html`, "utf8")).toContain("Fork testers: Notebook template");
  }, 600_000);
  // A fork of a challenge notebook (02, 06), changed as a team would, is proven in two-teams.test.ts.
});
