import { describe, expect, it } from "vitest";
import { classify, missingFields } from "../src/classify.js";
import { ContractDescription } from "../src/contract-description.js";
import { RECORDS } from "./records.js";

describe("classify, on hand-written records of every type", () => {
  it.each([
    ["sib", "social_impact_bond"],
    ["dib", "development_impact_bond"],
    ["fund", "outcomes_fund"],
    ["pbr", "payment_by_results"],
    ["siinc", "social_impact_incentive"],
    ["sig", "social_impact_guarantee"],
    ["grant", "results_based_grant"],
    ["slf", "sustainability_linked_finance"],
    ["nothing", "unclassified"],
  ])("%s is %s", (key, type) => {
    const record = RECORDS[key];
    if (record === undefined) throw new Error(key);
    expect(ContractDescription.parse(record)).toEqual(record);
    expect(classify(record).type).toBe(type);
  });

  it("gives a full social impact bond high confidence, every reason and nothing missing", () => {
    const r = classify(RECORDS["sib"] as ContractDescription);
    expect(r).toEqual({
      id: "sib",
      type: "social_impact_bond",
      confidence: 0.9,
      missing: [],
      reasons: [
        {
          rule: "impact-bond",
          kind: "structured",
          type: "social_impact_bond",
          weight: 0.9,
          says: "Investors pre-finance; 1 of 1 outcome payers are the government of the place served.",
          reads: { upfrontFinance: ["investor"], outcomePayers: ["government"] },
        },
      ],
    });
  });

  it("says what is missing and lowers confidence when fields are unknown", () => {
    const r = classify({ id: "x", name: "Homelessness", upfrontFinance: [{ type: "investor" }], outcomePayers: [{ type: "government" }] });
    expect(r.type).toBe("social_impact_bond");
    expect(r.missing).toEqual([
      "instrument",
      "pooledFundForMultipleContracts",
      "upfrontFinance[].repaymentContingentOnOutcomes",
      "shareOfPaymentContingent",
    ]);
    expect(r.confidence).toBe(0.65);
  });

  it("does not guess between SIB and DIB when the payers are unknown: unclassified, with both reasons", () => {
    const r = classify(
      { id: "x", name: "Programme", upfrontFinance: [{ type: "investor" }], outcomePayers: [{ type: "unknown" }] },
      { useText: false },
    );
    expect(r.type).toBe("unclassified");
    expect(r.confidence).toBe(0);
    expect(r.reasons.map((x) => x.type)).toEqual(["social_impact_bond", "development_impact_bond"]);
    expect(r.missing).toContain("outcomePayers[].type");
  });

  it("lets a text cue settle what the fields leave open, capped at 0.5 and reported as text", () => {
    const r = classify({
      id: "x",
      name: "Cameroon Development Impact Bond",
      upfrontFinance: [{ type: "investor" }],
      outcomePayers: [{ type: "unknown" }],
    });
    expect(r.type).toBe("development_impact_bond");
    expect(r.confidence).toBe(0.5);
    expect(r.reasons.at(-1)).toMatchObject({
      rule: "text-cues",
      kind: "text",
      type: "development_impact_bond",
      says: "The text says “Development Impact Bond”.",
    });
  });

  it("never lets text alone decide against structured evidence; a contradicting cue lowers confidence", () => {
    const withCue = classify({ ...(RECORDS["pbr"] as ContractDescription), name: "An outcomes fund contract" });
    expect(withCue.type).toBe("payment_by_results");
    expect(withCue.confidence).toBe(0.65);
  });

  it("leaves text cues out when asked (for evaluations scored on names)", () => {
    const r = classify({ id: "x", name: "Some SIB" }, { useText: false });
    expect(r.type).toBe("unclassified");
    expect(r.reasons).toEqual([expect.objectContaining({ rule: "no-evidence" })]);
  });
});

describe("missingFields", () => {
  it("lists every decisive field a record leaves unknown", () => {
    expect(missingFields({ id: "x", name: "y" })).toEqual([
      "instrument",
      "pooledFundForMultipleContracts",
      "upfrontFinance",
      "outcomePayers",
      "shareOfPaymentContingent",
    ]);
  });
});
