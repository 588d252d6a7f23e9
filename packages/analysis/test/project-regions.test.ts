import type { DeliveryLocation } from "@hnl/data";
import { describe, expect, it } from "vitest";
import { projectRegions } from "../src/project-regions.js";

const loc = (projectId: string, country: string | null) => ({ projectId, country }) as DeliveryLocation;

describe("projectRegions", () => {
  it("gives each project its M49 regions, one row each, and keeps projects with none", () => {
    expect(projectRegions(["a", "b", "c"], [loc("a", "GB"), loc("a", "KE"), loc("a", "FR"), loc("b", "CO"), loc("c", null)])).toEqual([
      { projectId: "a", region: "Africa" },
      { projectId: "a", region: "Europe" },
      { projectId: "b", region: "Latin America and the Caribbean" },
      { projectId: "c", region: null },
    ]);
  });
});
