import { describe, expect, it } from "vitest";
import { sameInterventionName } from "../../../src/data/rules/same-intervention-name.ts";
import { profile } from "../profile.ts";

describe("sameInterventionName", () => {
  it("links projects of one sector whose names share a stem or an acronym", () => {
    const links = sameInterventionName.link([
      profile("P1", { name: "Sapie (Centro)", policySector: "Education" }),
      profile("P2", { name: "Sapie (Norte)", policySector: "Education" }),
      profile("P3", { name: "Mental Health and Employment Partnership (MHEP) Haringey", policySector: "Employment and training" }),
      profile("P4", { name: "MHEP Enfield", policySector: "Employment and training" }),
    ]);
    expect(links).toEqual([
      { rule: "same-intervention-name", a: "P1", b: "P2", via: "stem:sapie" },
      { rule: "same-intervention-name", a: "P3", b: "P4", via: "acronym:MHEP" },
    ]);
  });

  it("does not link namesakes in different sectors", () => {
    const links = sameInterventionName.link([
      profile("P1", { name: "Ambition", policySector: "Homelessness" }),
      profile("P2", { name: "Ambition : agir en prévention des discriminations", policySector: "Employment and training" }),
    ]);
    expect(links).toEqual([]);
  });
});
