import { describe, expect, it } from "vitest";
import { findRepoRoot } from "../../src/data-dir.js";
import { readManifests } from "../../src/dataset-manifest.js";
import { DATASETS } from "../../src/datasets.js";
import { fxFred } from "../../src/reference/dataset.js";
import { realDataDir } from "../helpers.js";

describe("fxFred", () => {
  it("loads both files of the real data as its manifest lists them, and is one of the kit's datasets", async () => {
    const load = await fxFred.load(realDataDir(), { mode: "strict" });
    expect(Object.fromEntries(Object.entries(load).map(([name, r]) => [name, r.accounting]))).toEqual({
      yearly: { rowsIn: 993, accepted: 993, rejected: 0 },
      monthly: { rowsIn: 17237, accepted: 17237, rejected: 0 },
    });
    const manifest = readManifests(findRepoRoot(__dirname)).find((m) => m.id === fxFred.id);
    expect(manifest?.access).toBe("public");
    expect(manifest?.files.map((f) => [f.path, f.rows])).toEqual(fxFred.tables.map((t) => [t.file, load[t.name]?.accounting.rowsIn]));
    expect(load.yearly?.provenance.snapshot).toBe(manifest?.snapshot);
    expect(DATASETS).toContain(fxFred);
  });
});
