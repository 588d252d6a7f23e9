import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { DATASETS } from "@hnl/data";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/hnl.js", import.meta.url));
const realData = process.env.HNL_DATA_DIR
  ? resolve(process.env.HNL_DATA_DIR)
  : fileURLToPath(new URL("../../../../shared/datasets", import.meta.url));

/** Runs the real command, as a person would, with a clean environment for the data directory. */
function hnl(...args: string[]) {
  const env = { ...process.env };
  delete env.HNL_DATA_DIR;
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, run from another folder (its repository root is what the command works on). */
function hnlIn(cwd: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.HNL_DATA_DIR;
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", env, cwd });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function dataDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "hnl-cli-"));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), body);
  }
  return dir;
}

const PIPELINE = "indigo/pipeline/pipelines.csv";

describe("hnl", () => {
  it("prints its commands for help", () => {
    const r = hnl("help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Usage: pnpm hnl <command> [options]");
    expect(r.stdout).toContain("data validate [dataset...] [--json]");
  });

  it("rejects an unknown command with a hint and no stack trace", () => {
    const r = hnl("frobnicate");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('✖ Unknown command "frobnicate".\nHint: Run pnpm hnl help to see the commands.\n');
  });

  it("rejects an unknown option with a hint", () => {
    const r = hnl("data", "validate", "--colour");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^✖ Unknown option '--colour'.*\nHint: Run pnpm hnl help to see the commands.\n$/);
  });

  it("validates the real data: every row accounted for, exit 0", () => {
    const r = hnl("data", "validate", "--data-dir", realData);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Data directory: ${realData} (set by --data-dir)`);
    expect(r.stdout).toMatch(/indigo\/impact-bond-dataset\/projects\/projects\.csv\s+320\s+320\s+0\n/);
    expect(r.stdout).toMatch(/projects_outcome_metrics\.csv\s+1419\s+1419\s+0\n/);
    expect(r.stdout).toContain("indigo-pipeline-dataset: 132 rows in, 132 accepted, 0 rejected, 6 warning(s)");
  });

  it("prints one JSON object with --json", () => {
    const r = hnl("data", "validate", "indigo-pipeline-dataset", "--data-dir", realData, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      ok: true,
      datasets: [{ name: "indigo-pipeline-dataset", rowsIn: 132, rowsAccepted: 132, rowsRejected: 0, errors: [] }],
    });
  });

  it("exits 2 for an unknown dataset and for missing files", () => {
    const unknown = hnl("data", "validate", "nope", "--data-dir", realData);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^✖ There is no dataset "nope"\. Datasets: indigo-impact-bond-dataset, indigo-pipeline-dataset/);
    const missing = hnl("data", "validate", "indigo-pipeline-dataset", "--data-dir", join(tmpdir(), "hnl-no-such-data"));
    expect(missing.code).toBe(2);
    // A folder that does not exist is said first, in one line, with what to do.
    expect(missing.stderr.split("\n")[0]).toBe(
      `✖ The data directory ${join(tmpdir(), "hnl-no-such-data")} (set by --data-dir) does not exist.`,
    );
    expect(missing.stderr).toMatch(/\nHint: Pass --data-dir \.\.\/shared\/datasets or set HNL_DATA_DIR=/);
  });

  it("names the missing files of each dataset in a few lines, with what to do, without a stack trace", () => {
    const partial = mkdtempSync(join(tmpdir(), "hnl-partial-data-"));
    writeFileSync(join(partial, "notes.txt"), "not data\n");
    const r = hnl("data", "validate", "--data-dir", partial);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(
      `✖ The data directory ${partial} (set by --data-dir) lacks files of ${DATASETS.length} dataset(s) this command reads:`,
    );
    expect(r.stderr).toContain(
      "  - indigo-impact-bond-dataset (indigo/impact-bond-dataset/): 29 of 29 file(s) missing, e.g. projects/projects.csv,",
    );
    expect(r.stderr).toContain('the folder holds "notes.txt". Is it the right folder?');
    expect(r.stderr).toContain("Hint: Pass --data-dir ../shared/datasets");
    expect(r.stderr.trimEnd().split("\n").length).toBeLessThanOrEqual(15);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("describes a dataset: fields, types, empty share and descriptions", () => {
    const r = hnl("data", "describe", "indigo-pipeline-dataset", "--data-dir", realData);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("pipelines (indigo/pipeline/pipelines.csv, 132 records)");
    expect(r.stdout).toMatch(/ {2}instrumentImpactBond\s+yes\/no\s+\d+% empty {2}Impact Bond/);
  });

  it("exports CSV with a datapackage.json, leaving sensitive fields out", () => {
    const out = mkdtempSync(join(tmpdir(), "hnl-cli-export-"));
    const r = hnl("data", "export", "indigo-impact-bond-dataset", "--format", "csv", "--out", out, "--data-dir", realData);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^ {2}file +rows in +accepted +rejected +excluded\n/);
    expect(r.stdout).toMatch(/\n✔ Exported \d+ rows in 31 files to /);
    expect(r.stdout).toContain("sensitive field(s)");
    const header = readFileSync(join(out, "organisations.csv"), "utf8").split("\r\n")[0] ?? "";
    expect(header).not.toContain("contactEmail");
    expect(header).toContain("name");
    expect(hnl("data", "export", "indigo-pipeline-dataset", "--format", "xlsx", "--out", out, "--data-dir", realData).code).toBe(2);
  });

  it("fetches from a local folder into a data directory, recording checksums in the manifest", () => {
    // A throwaway repository root, so the test never rewrites the project's own manifests.
    const root = mkdtempSync(join(tmpdir(), "hnl-cli-root-"));
    writeFileSync(join(root, "pnpm-workspace.yaml"), "packages: []\n");
    mkdirSync(join(root, "datasets"));
    const manifest = fileURLToPath(new URL("../../../datasets/indigo-pipeline-dataset.json", import.meta.url));
    writeFileSync(join(root, "datasets", "indigo-pipeline-dataset.json"), readFileSync(manifest));
    const target = join(root, "datasets", "cache");
    const r = hnlIn(root, "data", "fetch", "indigo-pipeline-dataset", "--from", realData);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`✔ indigo-pipeline-dataset: 1 files, 0.3 MB into ${target}`);
    expect(readFileSync(join(target, "indigo/pipeline/pipelines.csv")).length).toBe(293768);
    const recorded = JSON.parse(readFileSync(join(root, "datasets", "indigo-pipeline-dataset.json"), "utf8"));
    expect(recorded.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reports rejected rows with file, row, column, value and hint, and exits 1", () => {
    const dir = dataDir({
      [PIPELINE]:
        "ID,Project Name - (Value),Type of instrument and project - Impact Bond - (Value)\nINDIGO-PL-0001,A,Yes\nINDIGO-PL-0002,B,Maybe\n",
    });
    const r = hnl("data", "validate", "indigo-pipeline-dataset", "--data-dir", dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/pipelines\.csv\s+2\s+1\s+1\n/);
    expect(r.stdout).toContain(
      `  ✖ ${PIPELINE}, row 3, column "Type of instrument and project - Impact Bond - (Value)": Not yes or no (YES/NO, TRUE/FALSE or 1/0). Received "Maybe". Hint: Write YES or NO; blank means unknown.`,
    );
    const json = JSON.parse(hnl("data", "validate", "indigo-pipeline-dataset", "--data-dir", dir, "--json").stdout);
    expect(json).toMatchObject({
      ok: false,
      datasets: [{ rowsIn: 2, rowsAccepted: 1, rowsRejected: 1, errors: [{ file: PIPELINE, row: 3 }] }],
    });
  });
});
