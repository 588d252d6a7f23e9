import { describe, expect, it } from "vitest";
import { countryIncome, projectIncome } from "../../src/data/country-income.ts";

const pipeline = (countries: string[], group: "low" | "lower" | "upper" | "high" | "none" | "two") => ({
  deliveryLocationsCountry: countries,
  incomeLowIncome: group === "low" || group === "two",
  incomeLowerMiddleIncome: group === "lower" || group === "two",
  incomeUpperMiddleIncome: group === "upper",
  incomeHighIncome: group === "high",
});

describe("countryIncome", () => {
  it("reads a country's group from single-country pipeline projects that tick one group", () => {
    const m = countryIncome([pipeline(["KE"], "lower"), pipeline(["KE"], "lower"), pipeline(["US"], "high")]);
    expect([...m]).toEqual([
      ["KE", "Lower-middle income"],
      ["US", "High income"],
    ]);
  });

  it("leaves out countries whose projects disagree, tick two groups, or share a project with other countries", () => {
    const m = countryIncome([pipeline(["HT"], "low"), pipeline(["HT"], "lower"), pipeline(["ET"], "two"), pipeline(["SN", "TZ"], "lower")]);
    expect(m.size).toBe(0);
  });
});

describe("projectIncome", () => {
  const m = new Map([
    ["KE", "Lower-middle income" as const],
    ["US", "High income" as const],
  ]);
  it("gives the shared group, 'Several income groups', or 'Not classified' when any country is unknown", () => {
    expect(projectIncome(["KE"], m)).toBe("Lower-middle income");
    expect(projectIncome(["KE", "US"], m)).toBe("Several income groups");
    expect(projectIncome(["KE", "GB"], m)).toBe("Not classified");
    expect(projectIncome([], m)).toBe("Not classified");
  });
});
