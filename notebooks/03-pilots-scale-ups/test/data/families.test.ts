import { describe, expect, it } from "vitest";
import { families } from "../../src/data/families.ts";

describe("families", () => {
  it("orders a family's projects by start, undated last, and names it after the first", () => {
    const starts = new Map<string, string | null>([
      ["B", "2018-01"],
      ["A", "2016-11"],
      ["C", null],
      ["D", "2020-01"],
    ]);
    expect(
      families(starts, [
        { rule: "same-service-provider", a: "A", b: "B", via: "ORG-1" },
        { rule: "same-outcome-payer", a: "B", b: "C", via: "ORG-2" },
      ]),
    ).toEqual([{ id: "family-A", members: ["A", "B", "C"], rules: ["same-service-provider", "same-outcome-payer"] }]);
  });
});
