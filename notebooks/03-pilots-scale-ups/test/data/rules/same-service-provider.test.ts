import { describe, expect, it } from "vitest";
import { sameServiceProvider } from "../../../src/data/rules/same-service-provider.ts";
import { profile } from "../profile.ts";

describe("sameServiceProvider", () => {
  it("links two projects of one provider in the same policy sector", () => {
    const links = sameServiceProvider.link([
      profile("P2", { providers: ["ORG-HCT"], policySector: "Education", start: "2018-04" }),
      profile("P1", { providers: ["ORG-HCT", "ORG-X"], policySector: "Education", start: "2016-11" }),
    ]);
    expect(links).toEqual([{ rule: "same-service-provider", a: "P1", b: "P2", via: "ORG-HCT" }]);
  });

  it("does not link a provider's projects in different sectors, nor projects of different providers", () => {
    const links = sameServiceProvider.link([
      profile("P1", { providers: ["ORG-A"], policySector: "Education" }),
      profile("P2", { providers: ["ORG-A"], policySector: "Employment and training" }),
      profile("P3", { providers: ["ORG-B"], policySector: "Education" }),
      profile("P4", { providers: ["ORG-C"], policySector: null }),
      profile("P5", { providers: ["ORG-C"], policySector: null }),
    ]);
    expect(links).toEqual([]);
  });

  it("is a lineage rule with a stated reason", () => {
    expect(sameServiceProvider.lineage).toBe(true);
    expect(sameServiceProvider.reason).toMatch(/same policy sector/);
  });
});
