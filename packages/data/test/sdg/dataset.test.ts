import { describe, expect, it } from "vitest";
import { findRepoRoot } from "../../src/data-dir.js";
import { readManifests } from "../../src/dataset-manifest.js";
import { sdgReference } from "../../src/sdg/dataset.js";
import { realDataDir } from "../helpers.js";

describe("sdgReference", () => {
  it("loads goals, targets and indicators of the real data with their foreign keys checked, as its manifest lists them", async () => {
    const load = await sdgReference.load(realDataDir(), { mode: "strict" });
    expect(Object.fromEntries(Object.entries(load).map(([name, r]) => [name, r.accounting]))).toEqual({
      goals: { rowsIn: 17, accepted: 17, rejected: 0 },
      targets: { rowsIn: 169, accepted: 169, rejected: 0 },
      indicators: { rowsIn: 251, accepted: 251, rejected: 0 },
    });
    const manifest = readManifests(findRepoRoot(__dirname)).find((m) => m.id === sdgReference.id);
    expect(manifest?.access).toBe("public");
    expect(manifest?.files.map((f) => [f.path, f.rows])).toEqual(sdgReference.tables.map((t) => [t.file, load[t.name]?.accounting.rowsIn]));
    expect(load.goals?.provenance.snapshot).toBe(manifest?.snapshot);
  });
});
