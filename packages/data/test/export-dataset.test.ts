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

const FORMULA_NOTE =
  "Text cells that begin with =, +, -, @ (or a full-width or other Unicode form of them, such as ＝ or −), a tab or a carriage return are written with a leading apostrophe (')";

describe("exportDataset", () => {
  it("writes CSV with a Frictionless datapackage.json describing every field", () => {
    const out = mkdtempSync(join(tmpdir(), "hnl-export-"));
    const result = exportDataset(indigoPipelineDataset, load, manifest, { format: "csv", out });
    expect(result.files).toEqual(["pipelines.csv", "datapackage.json", "README.md"]);
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

  it("declares the dialect of every CSV resource and documents the apostrophe in the package and its README", () => {
    const out = mkdtempSync(join(tmpdir(), "hnl-export-"));
    const result = exportDataset(indigoPipelineDataset, load, manifest, { format: "csv", out });
    expect(result.files).toContain("README.md");
    const pkg = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    expect(pkg.resources[0].dialect).toEqual({
      delimiter: ",",
      lineTerminator: "\r\n",
      quoteChar: '"',
      doubleQuote: true,
      skipInitialSpace: false,
      header: true,
    });
    expect(pkg.resources[0].description).toContain(FORMULA_NOTE);
    const text = pkg.resources[0].schema.fields.find((f: { name: string }) => f.name === "name");
    expect(text.description).toContain("leading apostrophe");
    const readme = readFileSync(join(out, "README.md"), "utf8");
    expect(readme).toContain(FORMULA_NOTE);
    expect(readme).toContain("pipelines.csv");
  });

  it("declares no CSV dialect and no apostrophe for JSON", () => {
    const out = mkdtempSync(join(tmpdir(), "hnl-export-"));
    exportDataset(indigoPipelineDataset, load, manifest, { format: "json", out });
    const pkg = JSON.parse(readFileSync(join(out, "datapackage.json"), "utf8"));
    expect(pkg.resources[0].dialect).toBeUndefined();
    expect(readFileSync(join(out, "README.md"), "utf8")).not.toContain("apostrophe");
  });
});
