import { describe, expect, it } from "vitest";
import { sameOutcomesFund } from "../../../src/data/rules/same-outcomes-fund.ts";
import { profile } from "../profile.ts";

describe("sameOutcomesFund", () => {
  it("links every two projects of one fund, across sectors, as a cohort rule", () => {
    const links = sameOutcomesFund.link([
      profile("P1", { funds: ["FUND-SL"], policySector: "Education" }),
      profile("P2", { funds: ["FUND-SL"], policySector: "Health" }),
      profile("P3", { funds: ["FUND-OTHER"] }),
    ]);
    expect(links).toEqual([{ rule: "same-outcomes-fund", a: "P1", b: "P2", via: "FUND-SL" }]);
    expect(sameOutcomesFund.lineage).toBe(false);
  });

  it("does not link projects outside any fund", () => {
    expect(sameOutcomesFund.link([profile("P1"), profile("P2")])).toEqual([]);
  });
});
