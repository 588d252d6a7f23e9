import { describe, expect, it } from "vitest";
import type { Classification } from "../src/classification.js";
import { evaluate } from "../src/evaluate.js";

const c = (id: string, type: Classification["type"]): Classification => ({ id, type, confidence: 0.8, reasons: [], missing: [] });

describe("evaluate", () => {
  it("scores accuracy, a confusion matrix and per-class precision and recall, merging SIB and DIB", () => {
    const e = evaluate(
      [
        c("a", "social_impact_bond"),
        c("b", "development_impact_bond"),
        c("c", "outcomes_fund"),
        c("d", "unclassified"),
        c("e", "payment_by_results"),
      ],
      [
        { id: "a", truth: ["impact_bond"] },
        { id: "b", truth: ["impact_bond"] },
        { id: "c", truth: ["payment_by_results"] },
        { id: "d", truth: ["outcomes_fund"] },
        { id: "e", truth: ["payment_by_results", "outcomes_fund"] },
      ],
      { mergeBonds: true },
    );
    expect(e.scored).toBe(5);
    expect(e.correct).toBe(3);
    expect(e.confusion).toEqual({
      impact_bond: { impact_bond: 2 },
      payment_by_results: { outcomes_fund: 1 },
      outcomes_fund: { unclassified: 1 },
    });
    expect(e.perClass.find((p) => p.label === "impact_bond")).toEqual({ label: "impact_bond", precision: 1, recall: 1, support: 2 });
    expect(e.perClass.find((p) => p.label === "outcomes_fund")).toEqual({ label: "outcomes_fund", precision: 0, recall: 0, support: 1 });
    expect(e.multiLabel).toEqual({ records: 1, hits: 1 });
    expect(e.errors.map((x) => x.id)).toEqual(["c", "d"]);
  });
});
