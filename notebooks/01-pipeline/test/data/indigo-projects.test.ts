import { describe, expect, it } from "vitest";
import { indigoComparable } from "../../src/data/comparable-project.ts";
import { indigoProjectFacts } from "../../src/data/indigo-projects.ts";

describe("indigoProjectFacts", () => {
  it("joins each impact bond to the UN M49 regions of its delivery countries and to its outcomes-fund link", () => {
    const facts = indigoProjectFacts(
      [
        { id: "P1", policySector: "Health" },
        { id: "P2", policySector: null },
      ],
      [
        { projectId: "P1", country: "KE" },
        { projectId: "P1", country: "GB" },
        { projectId: "P1", country: "KE" },
        { projectId: "P2", country: null },
      ],
      [{ projectId: "P2" }],
    );
    expect(facts).toEqual([
      { id: "P1", regions: ["Africa", "Europe"], policySector: "Health", inOutcomesFund: false },
      { id: "P2", regions: [], policySector: null, inOutcomesFund: true },
    ]);
  });
});

describe("indigoComparable", () => {
  it("counts every impact bond as one, and as an outcomes fund when linked to one; no region or sector is null", () => {
    expect(indigoComparable({ id: "P1", regions: ["Europe"], policySector: "Homelessness", inOutcomesFund: true })).toEqual({
      regions: ["Europe"],
      sectors: ["Social welfare"],
      instruments: ["Impact bond", "Outcomes fund"],
    });
    expect(indigoComparable({ id: "P2", regions: [], policySector: null, inOutcomesFund: false })).toEqual({
      regions: null,
      sectors: null,
      instruments: ["Impact bond"],
    });
  });
});
