import { describe, expect, it } from "vitest";
import { torontoAgencySurvey } from "../../src/covid-npo/dataset.js";
import { findRepoRoot } from "../../src/data-dir.js";
import { readManifests } from "../../src/dataset-manifest.js";
import { realDataDir } from "../helpers.js";

describe("torontoAgencySurvey", () => {
  it("loads both tables of the real data, as its manifest lists them", async () => {
    const load = await torontoAgencySurvey.load(realDataDir());
    expect(Object.fromEntries(Object.entries(load).map(([name, r]) => [name, r.accounting]))).toEqual({
      responses: { rowsIn: 346, accepted: 344, rejected: 2 },
      codebook: { rowsIn: 150, accepted: 150, rejected: 0 },
    });
    const manifest = readManifests(findRepoRoot(__dirname)).find((m) => m.id === torontoAgencySurvey.id);
    // Open data as its publisher states it, published by the report only as aggregates (survey microdata).
    expect(manifest).toMatchObject({ access: "public", disclosure: "aggregates-only" });
    expect(manifest?.files.map((f) => [f.path, f.rows])).toEqual(
      torontoAgencySurvey.tables.map((t) => [t.file, load[t.name]?.accounting.rowsIn]),
    );
    expect(load.responses?.provenance.snapshot).toBe(manifest?.snapshot);
  });
});
