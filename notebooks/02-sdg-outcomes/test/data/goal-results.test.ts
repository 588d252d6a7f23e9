import type { SdgLink } from "@hnl/analysis";
import type { OutcomeMetric, Result } from "@hnl/data";
import { describe, expect, it } from "vitest";
import { finalResults, goalResults } from "../../src/data/goal-results.ts";

const metric = (projectId: string, id: string, target: string, definition = "Outcome") =>
  ({ projectId, id, definition, targetedNumberOfServiceUsersOrBeneficiariesTotal: target }) as OutcomeMetric;
const result = (projectId: string, metricId: string, achieved: string, type = "Final") =>
  ({ projectId, outcomeMetricId: metricId, resultType: type, outcomesAchieved: achieved }) as Result;
const link = (projectId: string, metricId: string, goal: number): SdgLink => ({
  projectId,
  metricId,
  goal,
  level: "metric",
  primary: true,
  target: null,
});
const goals = [1, 3].map((goal) => ({ goal, label: `${goal} Goal`, title: "Goal" }));

describe("finalResults", () => {
  it("keeps the largest numeric final result per metric and ignores interim and text results", () => {
    const r = finalResults([
      result("P1", "m1", "5"),
      result("P1", "m1", "7"),
      result("P1", "m1", "99", "Interim"),
      result("P1", "m2", "n/a"),
    ]);
    expect([...r]).toEqual([["P1/m1", 7]]);
  });
});

describe("goalResults", () => {
  // Goal 3: 3 comparable metrics (2 met); goal 1: a project of 3 metrics sharing one cohort target.
  const metrics = [
    metric("P1", "a", "10"),
    metric("P1", "b", "10"),
    metric("P1", "c", "20"),
    metric("P2", "a", "79"),
    metric("P2", "b", "79"),
    metric("P2", "c", "79"),
    metric("P3", "a", "50"),
  ];
  const results = [
    result("P1", "a", "12"),
    result("P1", "b", "10"),
    result("P1", "c", "5"),
    result("P2", "a", "16"),
    result("P2", "b", "1"),
    result("P2", "c", "0"),
  ];
  const links = [
    link("P1", "a", 3),
    link("P1", "b", 3),
    link("P1", "c", 3),
    link("P2", "a", 1),
    link("P2", "b", 1),
    link("P2", "c", 1),
    link("P3", "a", 3),
  ];

  it("ranks a goal with enough comparable metrics, with its share and interval", () => {
    const r = goalResults({ goals, links, metrics, results, minimum: 3 });
    expect(r.ranked.map((g) => [g.goal, g.comparable, g.projects, g.met?.label, g.medianPercent])).toEqual([
      [3, 3, 1, "2 of 3 (67%; 95% CI 21–94%)", 100],
    ]);
  });

  it("shows a goal under the minimum as too few, never ranked, and counts the unit mismatches it lost", () => {
    const r = goalResults({ goals, links, metrics, results, minimum: 3 });
    expect(r.tooFew).toEqual([
      {
        goal: 1,
        label: "1 Goal",
        title: "Goal",
        checked: 3,
        unitMismatch: 3,
        comparable: 0,
        projects: 0,
        status: "too few",
        met: null,
        medianPercent: null,
      },
    ]);
    expect(r.leftOut.map((l) => [l.projectId, l.metricId, l.reason])).toEqual([
      ["P2", "a", "cohort-target"],
      ["P2", "b", "cohort-target"],
      ["P2", "c", "cohort-target"],
    ]);
  });

  it("accounts for every linked metric once", () => {
    const r = goalResults({ goals, links, metrics, results, minimum: 4 });
    expect(r.metrics).toEqual({ linked: 7, noTarget: 0, noFinalResult: 1, unitMismatch: 3, comparable: 3 });
    expect(r.ranked).toEqual([]);
    expect(r.tooFew.map((g) => g.goal)).toEqual([1, 3]);
  });
});
