import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const notebook = fileURLToPath(new URL("../../", import.meta.url));
const tsx = join(notebook, "..", "node_modules", ".bin", "tsx");

describe("the notebook's data loaders", () => {
  it("print the study as JSON on stdout", () => {
    const r = spawnSync(tsx, ["src/data/study.json.ts"], { cwd: notebook, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ projects: 320, counts: { families: 46 } });
  });

  it("print the lineage view as HTML", () => {
    const r = spawnSync(tsx, ["src/data/lineage.html.ts"], { cwd: notebook, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<div class="hnl-lineage" id="family-lineage">/);
  });

  it("print the technical notes' table of source files, by path", () => {
    const r = spawnSync(tsx, ["src/data/accounting.html.ts"], { cwd: notebook, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<div class="hnl-scroll" id="source-files"/);
    expect(r.stdout).toContain("<td>indigo/impact-bond-dataset/projects/projects.csv</td>");
  });

  it("exit 1 with a located message, not a stack trace, when the data is missing", () => {
    const r = spawnSync(tsx, ["src/data/timeline.html.ts"], {
      cwd: notebook,
      encoding: "utf8",
      env: { ...process.env, HNL_DATA_DIR: "/no/such/dir" },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^✖ The data directory \/no\/such\/dir \(set by HNL_DATA_DIR\) does not exist\./);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
