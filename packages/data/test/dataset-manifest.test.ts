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
    expect(indigo?.files.map((f) => f.path)).toEqual([PROJECTS_FILE, DELIVERY_LOCATIONS_FILE]);
  });

  it("find every listed file in the real data directory", () => {
    expect(() => requireDataFiles(realDataDir(), manifests)).not.toThrow();
  });

  it("name each missing file and where to get it", () => {
    const dir = fixtureDataDir({ [PROJECTS_FILE]: "ID\n" });
    expect(() => requireDataFiles(dir, manifests)).toThrow(
      `The data directory ${dir.path} lacks 1 file(s) the kit reads:\n  - ${DELIVERY_LOCATIONS_FILE} (INDIGO Impact Bond Dataset; download:`,
    );
  });
});
