import type { SdgLink } from "@hnl/analysis";
import type { OutcomeMetric, OutcomePayment, OutcomePaymentCommitment, OutcomePricing, Project, Result } from "@hnl/data";
import { describe, expect, it } from "vitest";
import { goalEvidence } from "../../src/data/goal-evidence.ts";

const ids = ["P1", "P2", "P3"];
const projects = ids.map((id, i) => ({ id, dateServiceStart: `2019-0${i + 1}`, policySector: "Health" }) as Project);
const metrics = ids.map(
  (projectId, i) =>
    ({
      projectId,
      id: "m1",
      outcomeValidationMethod: i === 0 ? "Pre-post analysis" : null,
      unitTypeOfTargetedServiceUsersOrBeneficiaries: i === 2 ? null : "Individual",
      policySector: null,
    }) as OutcomeMetric,
);
const links: SdgLink[] = [
  ...ids.map((projectId): SdgLink => ({ projectId, metricId: "m1", goal: 3, level: "metric", primary: true, target: null })),
  { projectId: "P1", metricId: null, goal: 4, level: "project", primary: true, target: null },
];
const goals = [3, 4].map((goal) => ({ goal, label: `${goal} G`, title: "G" }));

describe("goalEvidence", () => {
  const e = goalEvidence({
    goals,
    links,
    projects,
    metrics,
    results: [{ projectId: "P2", outcomeMetricId: "m1", resultType: "Final" } as Result],
    pricings: [{ projectId: "P1", outcomeMetricId: "m1" } as OutcomePricing],
    commitments: [
      { projectId: "P1", organisationRoleCategory: "Government/Public Sector/Public Bank" },
      { projectId: "P2", organisationRoleCategory: "Foundation/Philanthropist" },
      { projectId: "P3", organisationRoleCategory: null },
    ] as OutcomePaymentCommitment[],
    payments: [
      { projectId: "P1", periodEndDate: "2019-07" },
      { projectId: "P1", periodEndDate: "2019-04" },
      { projectId: "P2", periodEndDate: "2020-02" },
    ] as OutcomePayment[],
    minimum: 2,
  });

  it("compares goals with enough projects on what their metrics and contracts record", () => {
    expect(e.goals).toHaveLength(1);
    const g = e.goals[0];
    expect([g?.metrics, g?.projects]).toEqual([3, 3]);
    expect([g?.finalResult.label, g?.priced.label, g?.validated.label]).toEqual([
      "1 of 3 (33%; 95% CI 6–79%)",
      "1 of 3 (33%; 95% CI 6–79%)",
      "1 of 3 (33%; 95% CI 6–79%)",
    ]);
    // Unit recorded on two metrics, both individuals; payer's role recorded for two projects, one government.
    expect([g?.individual.numerator, g?.individual.denominator, g?.governmentPayer.numerator, g?.governmentPayer.denominator]).toEqual([
      2, 2, 1, 2,
    ]);
    // First paid period ends 3 months (P1: 2019-01 to 2019-04) and 12 months (P2: 2019-02 to 2020-02) after services start.
    expect([g?.monthsToFirstPayment, g?.paymentTimed]).toEqual([8, 2]);
    // Metrics without a sector of their own take their project's.
    expect(g?.mainSector).toBe("Health");
  });

  it("lists goals under the minimum of projects as too few", () => {
    expect(e.tooFew).toEqual([{ goal: 4, label: "4 G", title: "G", projects: 1 }]);
  });
});
