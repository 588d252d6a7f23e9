import { describe, expect, it } from "vitest";
import { MAX_PAYER_PROJECTS, sameOutcomePayer } from "../../../src/data/rules/same-outcome-payer.ts";
import { profile } from "../profile.ts";

describe("sameOutcomePayer", () => {
  it("links two projects a local payer pays for in the same sector", () => {
    const links = sameOutcomePayer.link([
      profile("P1", { payers: ["ORG-COLORADO"], policySector: "Child and family welfare" }),
      profile("P2", { payers: ["ORG-COLORADO"], policySector: "Child and family welfare" }),
      profile("P3", { payers: ["ORG-COLORADO"], policySector: "Health" }),
    ]);
    expect(links).toEqual([{ rule: "same-outcome-payer", a: "P1", b: "P2", via: "ORG-COLORADO" }]);
  });

  it(`does not link through a payer of more than ${MAX_PAYER_PROJECTS} projects (a national programme)`, () => {
    const many = Array.from({ length: MAX_PAYER_PROJECTS + 1 }, (_, i) => profile(`P${i}`, { payers: ["ORG-DCMS"] }));
    expect(sameOutcomePayer.link(many)).toEqual([]);
    expect(sameOutcomePayer.link(many.slice(0, MAX_PAYER_PROJECTS))).toHaveLength((MAX_PAYER_PROJECTS * (MAX_PAYER_PROJECTS - 1)) / 2);
  });
});
