import type { Classification, ContractDescription } from "@hnl/typology";
import { describe, expect, it } from "vitest";
import { type ErrorCase, errorPatterns, INDIGO_PATTERNS, PIPELINE_PATTERNS } from "../../src/data/error-patterns.ts";

const answer = (type: Classification["type"], extra: Partial<Classification> = {}): Classification => ({
  id: "x",
  type,
  confidence: 0,
  reasons: [{ rule: "no-evidence", kind: "structured", type: "unclassified", weight: 0, says: "", reads: {} }],
  missing: ["instrument", "upfrontFinance"],
  ...extra,
});
const tie: Classification["reasons"] = (["social_impact_bond", "development_impact_bond"] as const).map((type) => ({
  rule: "impact-bond",
  kind: "structured",
  type,
  weight: 0.45,
  says: "",
  reads: {},
}));
const item = (
  id: string,
  description: Partial<ContractDescription>,
  classification: Classification,
  truth = ["outcomes_fund"],
): ErrorCase => ({
  id,
  name: `Record ${id}`,
  description: { id, name: `Record ${id}`, ...description },
  classification: { ...classification, id },
  truth,
});

describe("errorPatterns", () => {
  it("puts each case in the first pattern it fits, with counts, true labels, missing fields and two examples", () => {
    const cases = [
      item("a", {}, answer("unclassified")),
      item("b", {}, answer("unclassified", { missing: ["upfrontFinance"] }), ["impact_bond", "outcomes_fund"]),
      item("c", {}, answer("unclassified")),
      item("d", { upfrontFinance: [{ type: "investor" }] }, answer("unclassified", { reasons: tie })),
      item("e", { outcomePayers: [{ type: "government" }] }, answer("unclassified")),
      item("f", { upfrontFinance: [] }, answer("payment_by_results", { reasons: [] })),
    ];
    expect(errorPatterns(cases, PIPELINE_PATTERNS)).toEqual([
      {
        id: "nothing-structured",
        title: "Nothing structured to read",
        explanation: expect.any(String),
        records: 3,
        truth: [
          { label: "outcomes_fund", records: 3 },
          { label: "impact_bond", records: 1 },
        ],
        missing: [
          { field: "upfrontFinance", records: 3 },
          { field: "instrument", records: 2 },
        ],
        examples: [
          { id: "a", name: "Record a" },
          { id: "b", name: "Record b" },
        ],
      },
      expect.objectContaining({ id: "investors-no-payer", records: 1 }),
      expect.objectContaining({ id: "fields-no-rule", records: 1 }),
      expect.objectContaining({ id: "other", records: 1 }),
    ]);
  });

  it("leaves out patterns no case fits, and returns nothing for no cases", () => {
    expect(errorPatterns([], PIPELINE_PATTERNS)).toEqual([]);
    const texts = answer("unclassified", {
      reasons: (["impact_bond", "payment_by_results"] as const).map((t) => ({
        rule: "text-cues",
        kind: "text",
        type: t === "impact_bond" ? "development_impact_bond" : t,
        weight: 0.4,
        says: "",
        reads: { matched: t },
      })),
    });
    expect(errorPatterns([item("t", {}, texts)], PIPELINE_PATTERNS).map((p) => p.id)).toEqual(["text-cues-disagree"]);
  });

  it("ignores INDIGO projects called SIB or DIB, and sorts the others by what they lack", () => {
    const sib = item("s", {}, answer("social_impact_bond"));
    const dib = item("d", {}, answer("development_impact_bond"));
    const noInvestor = item("n", {}, answer("unclassified"));
    const tied = item("t", { upfrontFinance: [{ type: "investor" }] }, answer("unclassified", { reasons: tie }));
    const government = item("g", { upfrontFinance: [{ type: "government" }] }, answer("unclassified"));
    expect(errorPatterns([sib, dib, noInvestor, tied, government], INDIGO_PATTERNS).map((p) => [p.id, p.records])).toEqual([
      ["no-investment-rows", 1],
      ["payer-kind-unknown", 1],
      ["government-prefinance", 1],
    ]);
  });
});
