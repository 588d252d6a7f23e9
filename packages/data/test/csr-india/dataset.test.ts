import { describe, expect, it } from "vitest";
import { csrIndia } from "../../src/csr-india/dataset.js";
import { findRepoRoot } from "../../src/data-dir.js";
import { readManifests } from "../../src/dataset-manifest.js";
import { realDataDir } from "../helpers.js";

describe("csrIndia", () => {
  it("loads every table of the real data, 0 rejected, with the manifest's row counts", async () => {
    const load = await csrIndia.load(realDataDir(), { mode: "strict" });
    expect(Object.fromEntries(Object.entries(load).map(([name, r]) => [name, r.accounting]))).toEqual({
      project_spend_2014_17: { rowsIn: 4897, accepted: 4897, rejected: 0 },
      top_100_companies: { rowsIn: 100, accepted: 100, rejected: 0 },
      top_100_exceptions: { rowsIn: 3, accepted: 3, rejected: 0 },
      company_years: { rowsIn: 1167, accepted: 1167, rejected: 0 },
      spend_before_mandate: { rowsIn: 100, accepted: 100, rejected: 0 },
      company_profiles: { rowsIn: 15622, accepted: 15622, rejected: 0 },
      project_spend_2023_24: { rowsIn: 8000, accepted: 8000, rejected: 0 },
      project_spend_2024_25: { rowsIn: 66, accepted: 66, rejected: 0 },
    });
    expect(Object.keys(load)).toEqual(csrIndia.tables.map((t) => t.name));
    expect(Object.values(load).map((r) => r.provenance.files[0]?.path)).toEqual(csrIndia.tables.map((t) => t.file));
  });

  it("matches its manifest: same id, files in the same order, public access", () => {
    const manifest = readManifests(findRepoRoot(__dirname)).find((m) => m.id === csrIndia.id);
    expect(manifest?.access).toBe("public");
    expect(manifest?.title).toBe(csrIndia.title);
    expect(manifest?.files.map((f) => f.path)).toEqual(csrIndia.tables.map((t) => t.file));
    expect(manifest?.files.map((f) => f.rows)).toEqual([4897, 100, 3, 1167, 100, 15622, 8000, 66]);
  });
});
