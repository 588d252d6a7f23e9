import { describe, expect, it } from "vitest";
import { findRepoRoot } from "../src/data-dir.js";
import { readManifests, requireDataFiles } from "../src/dataset-manifest.js";
import { DELIVERY_LOCATIONS_FILE } from "../src/indigo/load-delivery-locations.js";
import { PROJECTS_FILE } from "../src/indigo/load-projects.js";
import { fixtureDataDir, realDataDir } from "./helpers.js";

const manifests = readManifests(findRepoRoot(__dirname));

describe("dataset manifests", () => {
  it("list the files the loaders read, as public data", () => {
    const indigo = manifests.find((m) => m.id === "indigo-impact-bond-dataset");
    expect(indigo?.access).toBe("public");
    expect(indigo?.files.map((f) => f.path).slice(0, 2)).toEqual([PROJECTS_FILE, DELIVERY_LOCATIONS_FILE]);
    expect(indigo?.files).toHaveLength(29);
  });

  it("find every listed file in the real data directory", () => {
    expect(() => requireDataFiles(realDataDir(), manifests)).not.toThrow();
  });

  it("name each missing file and where to get it", () => {
    const dir = fixtureDataDir({ [PROJECTS_FILE]: "ID\n" });
    const indigo = manifests.filter((m) => m.id === "indigo-impact-bond-dataset");
    expect(() => requireDataFiles(dir, indigo)).toThrow(`The data directory ${dir.path} lacks 28 file(s) the kit reads:
  - ${DELIVERY_LOCATIONS_FILE} (INDIGO Impact Bond Dataset; download:`);
  });
});
