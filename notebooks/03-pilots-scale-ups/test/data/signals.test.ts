import { describe, expect, it } from "vitest";
import type { ProjectFacts } from "../../src/data/project-facts.ts";
import { scaleStudy } from "../../src/data/scale-study.ts";
import { payerLevel, providerLevel, signalRows } from "../../src/data/signals.ts";

const fact = (o: Partial<ProjectFacts> & { id: string }): ProjectFacts => ({
  name: o.id,
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

describe("signal levels", () => {
  it("read payers as government only, with a non-government payer, or not recorded", () => {
    expect(payerLevel(["government", null])).toBe("Government only");
    expect(payerLevel(["government", "non-profit"])).toBe("Includes a non-government payer");
    expect(payerLevel([null])).toBe("Not recorded");
    expect(providerLevel(["non-profit", "for-profit"])).toBe("Several kinds");
  });

  it("give each level its followed share with a 95% Wilson interval, not recorded last", () => {
    const ps: ProjectFacts[] = [fact({ id: "a", stage: "Complete" }), fact({ id: "b", stage: "Complete" }), fact({ id: "c", stage: null })];
    const rows = signalRows(ps, new Set(["a"]), new Map()).filter((r) => r.characteristic === "Completed (stage Complete)");
    expect(rows.map((r) => [r.level, r.followed.label])).toEqual([
      ["Yes", "1 of 2 (50%; 95% CI 9–91%)"],
      ["No", "0 of 1 (0%; 95% CI 0–79%)"],
    ]);
  });
});

describe("signals and model on the real data", () => {
  it("size each signal honestly: n and a 95% interval for every level", async () => {
    const s = await scaleStudy();
    const row = (c: string, l: string) => s.signals.find((r) => r.characteristic === c && r.level === l)?.followed.label;
    expect(row("Completed (stage Complete)", "Yes")).toBe("33 of 88 (38%; 95% CI 28–48%)");
    expect(row("Completed (stage Complete)", "No")).toBe("10 of 121 (8%; 95% CI 5–15%)");
    expect(row("Contracted through an outcomes fund", "Yes")).toBe("27 of 75 (36%; 95% CI 26–47%)");
    expect(row("Results reported", "Yes")).toBe("19 of 70 (27%; 95% CI 18–39%)");
    expect(row("Outcome payer", "Government only")).toBe("39 of 184 (21%; 95% CI 16–28%)");
    expect(row("Country income (GO Lab's classification)", "High income")).toBe("0 of 34 (0%; 95% CI 0–10%)");
    expect(row("Country income (GO Lab's classification)", "Not classified")).toBe("39 of 164 (24%; 95% CI 18–31%)");
    expect(s.incomeCoverage.classified).toBe(11);
    expect(s.incomeCoverage.countries).toBe(34);
    expect(s.incomeCoverage.highIncome).toEqual(["Canada", "United States of America"]);
    expect(s.incomeCoverage.largestUnclassified[0]).toBe("United Kingdom");
    // Every characteristic's levels cover all the first projects compared (regions may count a project twice).
    for (const c of new Set(s.signals.map((r) => r.characteristic)).values()) {
      const n = s.signals.filter((r) => r.characteristic === c).reduce((t, r) => t + r.followed.denominator, 0);
      if (c === "Region of delivery") expect(n).toBeGreaterThanOrEqual(s.comparison.inWindow);
      else expect(n).toBe(s.comparison.inWindow);
    }
  });

  it("fits the exploratory model on every first project compared, with odds ratios and 95% intervals", async () => {
    const s = await scaleStudy();
    expect([s.model.fit.n, s.model.fit.events]).toEqual([s.comparison.inWindow, s.comparison.followed.length]);
    expect(s.model.terms.map((t) => [t.name, t.oddsRatio.toFixed(2), t.lower.toFixed(2), t.upper.toFixed(2)])).toEqual([
      ["Contracted through an outcomes fund", "2.04", "0.78", "5.36"],
      ["Results reported", "0.60", "0.25", "1.44"],
      ["Completed", "4.59", "1.80", "11.66"],
      ["Outcome payers all government", "0.67", "0.18", "2.47"],
      ["Delivered in Europe", "1.71", "0.56", "5.21"],
      ["Start year (per year later)", "0.92", "0.78", "1.08"],
    ]);
    expect(s.answer.confidence).toBe("low");
    expect(s.answer.model.filter((t) => t.direction !== "unclear").map((t) => t.name)).toEqual(["Completed"]);
  });
});
