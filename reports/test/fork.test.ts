import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const bin = `${root}packages/cli/bin/hnl.js`;
const slug = "zz-fork-test";
const reports = `${root}reports/`;

afterAll(() => {
  rmSync(`${root}notebooks/${slug}`, { recursive: true, force: true });
  rmSync(`${reports}.site-src-fork`, { recursive: true, force: true });
  rmSync(`${reports}dist-fork`, { recursive: true, force: true });
});

describe("forking a notebook for a hack team", () => {
  it("hnl new copies a challenge notebook, and the next build shows it in the report", () => {
    const made = spawnSync(process.execPath, [bin, "new", slug, "--from", "_template", "--team", "Fork testers", "--no-install"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain(`✔ Created notebooks/${slug} from _template`);
    const manifest = JSON.parse(readFileSync(`${root}notebooks/${slug}/notebook.json`, "utf8"));
    expect(manifest).toMatchObject({ slug, team: "Fork testers", title: "Fork testers: Notebook template", challenge: null });
    expect(readFileSync(`${root}notebooks/${slug}/findings.json`, "utf8")).toBe("[]\n");
    expect(existsSync(`${root}notebooks/${slug}/src/data/by-stage.html.ts`)).toBe(true);

    const again = spawnSync(process.execPath, [bin, "new", slug], { cwd: root, encoding: "utf8" });
    expect(again.status).toBe(2);
    expect(again.stderr).toContain(`notebooks/${slug} already exists.`);

    const built = spawnSync(process.execPath, [bin, "report", "build", "--only", slug], {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, HNL_SITE_STAGE: ".site-src-fork", HNL_SITE_OUTPUT: "dist-fork" },
    });
    expect(built.status, built.stderr.slice(-2000)).toBe(0);
    expect(existsSync(`${reports}dist-fork/${slug}/index.html`)).toBe(true);
    expect(readFileSync(`${reports}dist-fork/index.html`, "utf8")).toContain("Fork testers: Notebook template");
  }, 600_000);
});
