import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runMain } from "../run-main.js";

const realData = process.env.HNL_DATA_DIR
  ? resolve(process.env.HNL_DATA_DIR)
  : fileURLToPath(new URL("../../../../../shared/datasets", import.meta.url));
const PIPELINE = "indigo/pipeline/pipelines.csv";
const SDG = ["sdg/derived/sdg_goals.csv", "sdg/derived/sdg_targets.csv", "sdg/derived/sdg_indicators.csv"];

/** A data directory with the real SDG files and the given pipeline file. */
function dataDir(pipeline: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "hnl-validate-"));
  mkdirSync(dirname(join(dir, PIPELINE)), { recursive: true });
  writeFileSync(join(dir, PIPELINE), pipeline);
  for (const f of SDG) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    symlinkSync(join(realData, f), join(dir, f));
  }
  return dir;
}

const run = (...args: string[]) => runMain(args);

afterEach(() => vi.restoreAllMocks());

describe("hnl data validate", () => {
  it("validates every other dataset when one file cannot be read, and --json prints the whole result", async () => {
    const dir = dataDir('ID,Project Name - (Value)\nINDIGO-PL-0001,"never closed\nINDIGO-PL-0002,B\n');
    const r = await run("data", "validate", "indigo-pipeline-dataset", "sdg-reference", "--data-dir", dir, "--json");
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as {
      ok: boolean;
      datasets: { name: string; rowsIn: number; errors: unknown[]; fileErrors: { file: string; line: number | null; message: string }[] }[];
    };
    expect(json.ok).toBe(false);
    expect(json.datasets.map((d) => d.name)).toEqual(["indigo-pipeline-dataset", "sdg-reference"]);
    const [pipeline, sdg] = json.datasets;
    expect(pipeline?.fileErrors).toMatchObject([{ file: PIPELINE, kind: "unreadable", line: 3 }]);
    expect(pipeline?.fileErrors[0]?.message).toContain("The file is not a readable CSV");
    expect(sdg?.fileErrors).toEqual([]);
    expect(sdg?.errors).toEqual([]);
    expect(sdg?.rowsIn).toBeGreaterThan(17);
    expect(r.stderr).toContain(`${PIPELINE}, line 3: The file is not a readable CSV`);
  });

  it("validates a pipeline file that mixes CRLF and LF line endings", async () => {
    const dir = dataDir('ID,Project Name - (Value)\r\nINDIGO-PL-0001,"A"\nINDIGO-PL-0002,B\r\n');
    const r = await run("data", "validate", "indigo-pipeline-dataset", "--data-dir", dir, "--json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { datasets: { rowsIn: number; rowsAccepted: number }[] };
    expect(json.datasets[0]).toMatchObject({ rowsIn: 2, rowsAccepted: 2 });
  });

  it("prints the other datasets' accounting in plain text too", async () => {
    const dir = dataDir('ID,Project Name - (Value)\nINDIGO-PL-0001,"never closed\n');
    const r = await run("data", "validate", "indigo-pipeline-dataset", "sdg-reference", "--data-dir", dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("sdg-reference: ");
    expect(r.stdout).toMatch(new RegExp(`✖ ${PIPELINE}, line \\d: The file is not a readable CSV`));
  });
});
