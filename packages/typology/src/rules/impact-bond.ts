import type { Reason } from "../classification.js";
import type { ContractDescription } from "../contract-description.js";
import type { Rule } from "../rule.js";

/** Third-party pre-finance repaid on outcomes: an investor (or a funder acting as one) not told to be repaid regardless. */
export function outcomeContingentPrefinance(d: ContractDescription): NonNullable<ContractDescription["upfrontFinance"]> {
  return (d.upfrontFinance ?? []).filter(
    (f) => (f.type === "investor" || f.type === "philanthropy") && f.repaymentContingentOnOutcomes !== false,
  );
}

/**
 * Impact bonds: investors pre-finance the service and are repaid on outcomes. Who pays decides
 * which. Any aid agency or multilateral among the outcome payers (a payer from outside the
 * country served) makes it a development impact bond, as INDIGO's "international impact bond"
 * does; government payers of the place served, a social impact bond (domestic philanthropies
 * co-paying beside them do not change that, but lower the weight); philanthropies paying alone
 * point to a development impact bond, more weakly.
 */
export const impactBond: Rule = {
  id: "impact-bond",
  kind: "structured",
  describe:
    "Investors pre-finance and are repaid on outcomes; an external payer (aid agency, multilateral) makes it a development impact bond, government payers of the place served a social impact bond.",
  apply: (d): Reason[] => {
    const investors = outcomeContingentPrefinance(d);
    if (investors.length === 0) return [];
    const payers = (d.outcomePayers ?? []).map((p) => p.type);
    const n = (kinds: readonly string[]) => payers.filter((t) => kinds.includes(t)).length;
    const external = n(["aid_agency", "multilateral"]);
    const government = n(["government"]);
    const other = n(["philanthropy", "private", "other"]);
    const base = investors.some((f) => f.repaymentContingentOnOutcomes === true) ? 0.9 : 0.85;
    const reads = {
      upfrontFinance: investors.map((f) => `${f.type}${f.repaymentContingentOnOutcomes === undefined ? " (repayment terms unknown)" : ""}`),
      outcomePayers: payers,
    };
    const reason = (type: Reason["type"], weight: number, says: string): Reason => ({
      rule: "impact-bond",
      kind: "structured",
      type,
      weight,
      says: `Investors pre-finance; ${says}`,
      reads,
    });
    if (external > 0) {
      return [
        reason(
          "development_impact_bond",
          base,
          `${external} of ${payers.length} outcome payers come from outside the country served (aid agency or multilateral).`,
        ),
        ...(government > 0
          ? [reason("social_impact_bond", 0.35, `${government} outcome payer(s) are the government of the place served, co-paying.`)]
          : []),
      ];
    }
    if (government > 0) {
      return [
        reason(
          "social_impact_bond",
          other > 0 ? base - 0.1 : base,
          `${government} of ${payers.length} outcome payers are the government of the place served${other > 0 ? `, with ${other} philanthropic or private co-payer(s)` : ""}.`,
        ),
      ];
    }
    if (other > 0) {
      return [
        reason(
          "development_impact_bond",
          0.6,
          `the ${other} outcome payer(s) are philanthropies or private, not the government of the place served.`,
        ),
        reason("social_impact_bond", 0.3, "a philanthropy may also co-pay a domestic social impact bond."),
      ];
    }
    const says = "but no outcome payer of a known kind: a social or a development impact bond.";
    return [reason("social_impact_bond", 0.45, says), reason("development_impact_bond", 0.45, says)];
  },
};
