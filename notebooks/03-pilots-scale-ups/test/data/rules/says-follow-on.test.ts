import { describe, expect, it } from "vitest";
import { saysFollowOn } from "../../../src/data/rules/says-follow-on.ts";
import { profile } from "../profile.ts";

describe("saysFollowOn", () => {
  it("links a project that says it follows on to an earlier project it shares a provider with", () => {
    const links = saysFollowOn.link([
      profile("P1", { name: "Children's Welfare SIB", providers: ["ORG-A"], start: "2019-01" }),
      profile("P2", { name: "Children's Welfare SIB II", providers: ["ORG-A"], start: "2021-05" }),
    ]);
    expect(links).toEqual([{ rule: "says-follow-on", a: "P1", b: "P2", via: "II" }]);
  });

  it("does not link without shared organisation or name, nor to a project less than a year earlier", () => {
    expect(
      saysFollowOn.link([
        profile("P1", { name: "Home visiting", providers: ["ORG-A"], start: "2019-01" }),
        profile("P2", { name: "Teen health: scale-up", providers: ["ORG-B"], start: "2022-01" }),
      ]),
    ).toEqual([]);
    expect(
      saysFollowOn.link([
        profile("P1", { name: "Teen health", providers: ["ORG-A"], start: "2021-06" }),
        profile("P2", { name: "Teen health: scale-up", providers: ["ORG-A"], start: "2022-01" }),
      ]),
    ).toEqual([]);
  });
});
