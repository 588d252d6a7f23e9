import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { describe, expect, it } from "vitest";
import { findRepoRoot } from "../src/data-dir.js";
import { readManifests } from "../src/dataset-manifest.js";
import { exportDataset } from "../src/export-dataset.js";
import { indigoPipelineDataset } from "../src/indigo/pipeline-dataset.js";
import { fixtureDataDir, realDataDir } from "./helpers.js";

const manifest = readManifests(findRepoRoot(__dirname)).find((m) => m.id === "indigo-pipeline-dataset");
const load = await indigoPipelineDataset.load(realDataDir());

describe("exportDataset", () => {
  it("writes CSV with a Frictionless datapackage.json describing every field", () => {
    const out = mkdtempSync(join(tmpdir(), "hnl-export-"));
    const result = exportDataset(indigoPipelineDataset, load, manifest, { format: "csv", out });
    expect(result.files).toEqual(["pipelines.csv", "datapackage.json"]);
    const pkg = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    expect(pkg).toMatchObject({
      name: "indigo-pipeline-dataset",
      resources: [{ name: "pipelines", path: "pipelines.csv", format: "csv", rows: 132 }],
    });
    expect(pkg.resources[0].schema.fields).toHaveLength(99);
    expect(pkg.resources[0].schema.fields[10]).toMatchObject({ name: "instrumentImpactBond", type: "boolean" });
    expect(pkg.licenses[0].title).toContain("No explicit licence");
    const csv = readFileSync(join(out, "pipelines.csv"), "utf8");
    expect(csv.split("\r\n")[0]?.split(",").slice(0, 3)).toEqual(["id", "name", "alternativeNames"]);
  });

  it("writes Parquet that reads back with the same values", async () => {
    const out = mkdtempSync(join(tmpdir(), "hnl-export-"));
    exportDataset(indigoPipelineDataset, load, manifest, { format: "parquet", out });
    const buf = readFileSync(join(out, "pipelines.parquet"));
    const rows = (await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) })) as Record<
      string,
      unknown
    >[];
    expect(rows).toHaveLength(132);
    expect(rows[0]).toMatchObject({ id: "INDIGO-PL-0026", instrumentImpactBond: true, deliveryLocationsCountry: "MZ" });
  });

  it("neutralises formulas in CSV and leaves sensitive fields out unless asked", async () => {
    const dir = fixtureDataDir({
      "indigo/pipeline/pipelines.csv": 'ID,Project Name - (Value)\nINDIGO-PL-0001,"=HYPERLINK(""http://x"")"\n',
    });
    const small = await indigoPipelineDataset.load(dir);
    const out = mkdtempSync(join(tmpdir(), "hnl-export-"));
    exportDataset(indigoPipelineDataset, small, manifest, { format: "csv", out });
    expect(
      readFileSync(join(out, "pipelines.csv"), "utf8").split("\r\n")[1]?.startsWith(`INDIGO-PL-0001,"'=HYPERLINK(""http://x"")"`),
    ).toBe(true);
    const json = mkdtempSync(join(tmpdir(), "hnl-export-"));
    exportDataset(indigoPipelineDataset, small, manifest, { format: "json", out: json });
    expect(JSON.parse(readFileSync(join(json, "pipelines.json"), "utf8"))[0]).toMatchObject({
      id: "INDIGO-PL-0001",
      name: '=HYPERLINK("http://x")',
    });
  });
});
