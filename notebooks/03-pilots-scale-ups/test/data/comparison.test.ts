import { describe, expect, it } from "vitest";
import { compareFirstProjects } from "../../src/data/comparison.ts";
import type { ProjectFacts } from "../../src/data/project-facts.ts";

const facts = (id: string, o: Partial<ProjectFacts>): ProjectFacts => ({
  id,
  name: id,
  stage: null,
  policySector: "Health",
  regions: ["Europe"],
  countries: [],
  start: "2015-01",
  end: null,
  durationMonths: null,
  capitalUsd: null,
  targetedUsers: null,
  maxOutcomePaymentUsd: null,
  totalOutcomePaymentsUsd: null,
  paymentsOfMax: null,
  resultRows: 0,
  finalResultRows: 0,
  funds: [],
  pilotWording: null,
  followOnWording: null,
  ...o,
});

describe("compareFirstProjects", () => {
  const projects = [
    facts("FIRST", { capitalUsd: 1_000_000, targetedUsers: 100, resultRows: 2 }),
    facts("LATER", { start: "2017-01", capitalUsd: 3_000_000, targetedUsers: 50 }),
    facts("ALONE1", { capitalUsd: 2_000_000, policySector: "Education", regions: [] }),
    facts("ALONE2", { capitalUsd: 4_000_000, policySector: "Education" }),
    facts("RECENT", { start: "2023-01" }),
  ];
  const c = compareFirstProjects(
    projects,
    [{ earlier: "FIRST", later: "LATER", months: 24, rules: ["same-service-provider"], via: ["ORG"] }],
    2025,
    4,
  );

  it("keeps first projects started in the window and splits them by whether they were followed", () => {
    expect(c.firstProjects).toBe(4);
    expect(c.inWindow).toBe(3);
    expect(c.followed).toEqual(["FIRST"]);
    expect(c.notFollowed).toEqual(["ALONE1", "ALONE2"]);
    expect(c.followedRate.label).toBe("1 of 3 (33%)");
    expect(c.followedByBigger.label).toBe("1 of 1 (100%)");
  });

  it("gives medians with the number of projects they rest on, and rates by category", () => {
    expect(c.measures.find((m) => m.id === "capital")).toEqual({
      id: "capital",
      measure: "Capital raised (USD)",
      unit: "usd",
      followed: { median: 1_000_000, n: 1, of: 1 },
      notFollowed: { median: 3_000_000, n: 2, of: 2 },
    });
    expect(c.properties.find((p) => p.id === "results")?.followed.label).toBe("1 of 1 (100%; 95% CI 21–100%)");
    expect(c.bySector.map((r) => [r.category, r.rate.label])).toEqual([
      ["Education", "0 of 2 (0%; 95% CI 0–66%)"],
      ["Health", "1 of 1 (100%; 95% CI 21–100%)"],
    ]);
    expect(c.byRegion.map((r) => [r.category, r.rate.label])).toEqual([
      ["Europe", "1 of 2 (50%; 95% CI 9–91%)"],
      ["Not recorded", "0 of 1 (0%; 95% CI 0–79%)"],
    ]);
  });
});
