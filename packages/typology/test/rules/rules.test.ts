import { describe, expect, it } from "vitest";
import { impactBond } from "../../src/rules/impact-bond.js";
import { instrumentKind } from "../../src/rules/instrument-kind.js";
import { paymentByResults } from "../../src/rules/payment-by-results.js";
import { pooledFund } from "../../src/rules/pooled-fund.js";
import { textCues } from "../../src/rules/text-cues.js";

const base = { id: "x", name: "Programme" };
const types = (reasons: { type: string; weight: number }[]) => reasons.map((r) => [r.type, r.weight]);

describe("pooled-fund", () => {
  it("fires for a pool paying across contracts", () =>
    expect(types(pooledFund.apply({ ...base, pooledFundForMultipleContracts: true }))).toEqual([["outcomes_fund", 0.9]]));
  it("does not fire for a single contract or when unknown", () => {
    expect(pooledFund.apply({ ...base, pooledFundForMultipleContracts: false })).toEqual([]);
    expect(pooledFund.apply(base)).toEqual([]);
  });
});

describe("instrument-kind", () => {
  it("reads guarantees, incentive payments, results-based grants and outcome-linked loans", () => {
    expect(types(instrumentKind.apply({ ...base, instrument: "guarantee" }))).toEqual([["social_impact_guarantee", 0.85]]);
    expect(types(instrumentKind.apply({ ...base, instrument: "incentive_payment" }))).toEqual([["social_impact_incentive", 0.85]]);
    expect(types(instrumentKind.apply({ ...base, instrument: "grant", shareOfPaymentContingent: 0.3 }))).toEqual([
      ["results_based_grant", 0.8],
    ]);
    expect(types(instrumentKind.apply({ ...base, instrument: "grant" }))).toEqual([["results_based_grant", 0.6]]);
    expect(types(instrumentKind.apply({ ...base, instrument: "bond" }))).toEqual([["sustainability_linked_finance", 0.8]]);
  });
  it("does not call a grant with nothing at stake results-based, nor a bond with outcome payers outcome-linked finance", () => {
    expect(instrumentKind.apply({ ...base, instrument: "grant", shareOfPaymentContingent: 0 })).toEqual([]);
    expect(instrumentKind.apply({ ...base, instrument: "bond", outcomePayers: [{ type: "government" }] })).toEqual([]);
    expect(instrumentKind.apply({ ...base, instrument: "contract" })).toEqual([]);
  });
});

describe("impact-bond", () => {
  const investor = { upfrontFinance: [{ type: "investor" as const }] };
  it("points to a SIB for government payers and a DIB for any external payer", () => {
    expect(types(impactBond.apply({ ...base, ...investor, outcomePayers: [{ type: "government" }] }))).toEqual([
      ["social_impact_bond", 0.85],
    ]);
    expect(types(impactBond.apply({ ...base, ...investor, outcomePayers: [{ type: "multilateral" }, { type: "government" }] }))).toEqual([
      ["development_impact_bond", 0.85],
      ["social_impact_bond", 0.35],
    ]);
    expect(types(impactBond.apply({ ...base, ...investor, outcomePayers: [{ type: "government" }, { type: "philanthropy" }] }))).toEqual([
      ["social_impact_bond", 0.75],
    ]);
    expect(types(impactBond.apply({ ...base, ...investor, outcomePayers: [{ type: "philanthropy" }] }))).toEqual([
      ["development_impact_bond", 0.6],
      ["social_impact_bond", 0.3],
    ]);
  });
  it("weighs more when repayment is known to depend on outcomes", () => {
    expect(
      types(
        impactBond.apply({
          ...base,
          upfrontFinance: [{ type: "investor", repaymentContingentOnOutcomes: true }],
          outcomePayers: [{ type: "government" }],
        }),
      ),
    ).toEqual([["social_impact_bond", 0.9]]);
  });
  it("does not fire without pre-finance repaid on outcomes", () => {
    expect(impactBond.apply({ ...base, outcomePayers: [{ type: "government" }] })).toEqual([]);
    expect(
      impactBond.apply({
        ...base,
        upfrontFinance: [{ type: "investor", repaymentContingentOnOutcomes: false }],
        outcomePayers: [{ type: "government" }],
      }),
    ).toEqual([]);
    expect(impactBond.apply({ ...base, upfrontFinance: [{ type: "provider_own" }] })).toEqual([]);
  });
});

describe("payment-by-results", () => {
  it("fires when nobody outside the provider pre-finances", () => {
    expect(types(paymentByResults.apply({ ...base, upfrontFinance: [], shareOfPaymentContingent: 0.5 }))).toEqual([
      ["payment_by_results", 0.8],
    ]);
    expect(types(paymentByResults.apply({ ...base, upfrontFinance: [{ type: "none" }] }))).toEqual([["payment_by_results", 0.65]]);
  });
  it("does not fire with investors, with unknown finance, or with nothing at stake", () => {
    expect(paymentByResults.apply({ ...base, upfrontFinance: [{ type: "investor" }] })).toEqual([]);
    expect(paymentByResults.apply(base)).toEqual([]);
    expect(paymentByResults.apply({ ...base, upfrontFinance: [], shareOfPaymentContingent: 0 })).toEqual([]);
    expect(paymentByResults.apply({ ...base, upfrontFinance: [], instrument: "grant" })).toEqual([]);
  });
});

describe("text-cues", () => {
  it("finds the type words in names and descriptions", () => {
    expect(textCues.apply({ ...base, name: "Educate Girls DIB" }).map((r) => r.type)).toEqual(["development_impact_bond"]);
    expect(textCues.apply({ ...base, name: "Chicago Pay for Success" }).map((r) => r.type)).toEqual(["social_impact_bond"]);
    expect(textCues.apply({ ...base, description: "Funded by the Education Outcomes Fund" }).map((r) => [r.type, r.reads["in"]])).toEqual([
      ["outcomes_fund", "description"],
    ]);
    expect(textCues.apply({ ...base, name: "SIINC for clinics" }).map((r) => r.type)).toEqual(["social_impact_incentive"]);
  });
  it("finds nothing in ordinary text, and is marked as text evidence", () => {
    expect(textCues.apply({ ...base, name: "Mental health and employment" })).toEqual([]);
    expect(textCues.apply({ ...base, name: "A SIB" })[0]?.kind).toBe("text");
  });
});
