import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/hnl.js", import.meta.url));

/** A throwaway repository with one notebook and two draft findings. */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), "hnl-findings-"));
  const files: Record<string, string> = {
    "pnpm-workspace.yaml": "packages: []\n",
    "notebooks/02-a/notebook.json": JSON.stringify({ slug: "02-a", title: "A", challenge: 2 }),
    "notebooks/02-a/src/index.md": "# A",
    "notebooks/02-a/findings.json": `${JSON.stringify(
      ["F2.1", "F2.2"].map((id) => ({ id, statement: `${id}: 12 of 40 (30%).`, evidence: ["fig"], confidence: "medium", status: "draft" })),
      null,
      2,
    )}\n`,
  };
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), body);
  }
  return root;
}

const hnl = (cwd: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd, env: { ...process.env, HNL_DATA_DIR: cwd } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe("hnl findings", () => {
  it("reviews and withdraws findings in their file, and lists them with their status", () => {
    const root = repo();
    const reviewed = hnl(root, "findings", "review", "F2.1", "--by", "Ada Editor", "--on", "2026-11-30");
    expect(reviewed).toMatchObject({
      code: 0,
      stdout: "✔ F2.1 reviewed by Ada Editor (notebooks/02-a/findings.json); the public edition will print it.\n",
    });
    expect(hnl(root, "findings", "withdraw", "F2.2", "--by", "Ada Editor", "--reason", "Two records only.").code).toBe(0);
    const list = hnl(root, "findings", "list");
    expect(list.stdout).toContain("F2.1   reviewed by Ada Editor on 2026-11-30");
    expect(list.stdout).toContain("F2.2   withdrawn by Ada Editor on");
    expect(list.stdout).toContain("2 finding(s): 1 reviewed, 0 draft, 1 withdrawn");
    const file = JSON.parse(readFileSync(join(root, "notebooks/02-a/findings.json"), "utf8"));
    expect(file[1]).toMatchObject({ status: "withdrawn", withdrawal: { by: "Ada Editor", reason: "Two records only." } });
  });

  it("sends a changed statement back to draft", () => {
    const root = repo();
    hnl(root, "findings", "review", "F2.1", "--by", "Ada Editor");
    const path = join(root, "notebooks/02-a/findings.json");
    writeFileSync(path, readFileSync(path, "utf8").replace("12 of 40 (30%)", "13 of 40 (33%)"));
    expect(hnl(root, "findings", "list", "--status", "draft").stdout).toContain("F2.1   draft (changed since review)");
  });

  it("says what is missing, with exit 2 and no stack trace", () => {
    const root = repo();
    expect(hnl(root, "findings", "review", "F2.1")).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^✖ findings review needs --by "Name": who reviewed it\.\nHint: /),
    });
    expect(hnl(root, "findings", "withdraw", "F2.1", "--by", "X").stderr).toMatch(/^✖ findings withdraw needs --reason/);
    expect(hnl(root, "findings", "review", "F7.7", "--by", "X").stderr).toMatch(
      /^✖ There is no finding F7.7\.\nHint: Findings: F2.1, F2.2\./,
    );
    expect(hnl(root, "findings", "review", "F2.1", "--by", "X", "--on", "30/11/2026").stderr).toMatch(/^✖ "30\/11\/2026" is not a date/);
  });
});
