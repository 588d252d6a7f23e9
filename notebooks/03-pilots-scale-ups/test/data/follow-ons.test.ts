import { describe, expect, it } from "vitest";
import { followOns } from "../../src/data/follow-ons.ts";

const starts = new Map<string, string | null>([
  ["WLZ1", "2016-11"],
  ["WLZ2", "2018-01"],
  ["SITE2", "2017-06"],
  ["UNDATED", null],
]);

describe("followOns", () => {
  it("orders a linked pair started a year or more apart, merging the rules that link it", () => {
    expect(
      followOns(starts, [
        { rule: "same-service-provider", a: "WLZ1", b: "WLZ2", via: "ORG-ALLCHILD" },
        { rule: "same-intervention-name", a: "WLZ1", b: "WLZ2", via: "stem:west london zone" },
      ]),
    ).toEqual([
      {
        earlier: "WLZ1",
        later: "WLZ2",
        months: 14,
        rules: ["same-service-provider", "same-intervention-name"],
        via: ["ORG-ALLCHILD", "stem:west london zone"],
      },
    ]);
  });

  it("makes no follow-on of pairs started within a year or without a date", () => {
    expect(
      followOns(starts, [
        { rule: "same-service-provider", a: "SITE2", b: "WLZ1", via: "ORG-A" },
        { rule: "same-service-provider", a: "UNDATED", b: "WLZ2", via: "ORG-A" },
      ]),
    ).toEqual([]);
  });
});
