import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const notebook = fileURLToPath(new URL("../../", import.meta.url));
const tsx = join(notebook, "..", "node_modules", ".bin", "tsx");
const run = (file: string, env: NodeJS.ProcessEnv = process.env) => spawnSync(tsx, [file], { cwd: notebook, encoding: "utf8", env });

describe("the notebook's data loaders", () => {
  it("print the study as JSON on stdout", () => {
    const r = run("src/data/study.json.ts");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ indigo: { records: 320 }, pipeline: { records: 132 } });
  });

  it("print a figure with SVG marks, a data table and a CSV link", () => {
    const r = run("src/data/by-year-indigo.html.ts");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^<figure class="hnl-figure[^"]*" id="indigo-by-year">/);
    expect(r.stdout).toContain("<svg");
    expect(r.stdout).toContain('download="indigo-by-year.csv"');
  });

  it("exit 1 with a located message, not a stack trace, when the data is missing", () => {
    const r = run("src/data/by-type-pipeline.html.ts", { ...process.env, HNL_DATA_DIR: "/no/such/dir" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^✖ The data directory \/no\/such\/dir \(set by HNL_DATA_DIR\) does not exist\./);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
