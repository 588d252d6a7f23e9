import type { Reason } from "../classification.js";
import type { Rule } from "../rule.js";

/**
 * Instruments that name their type: a guarantee of outcome payments, premium incentive payments
 * to an enterprise, an outcome-contingent grant, a loan or bond whose terms move with outcome
 * targets. A bond with third-party investors repaid by outcome payers is an impact bond, not a
 * sustainability-linked bond, so `bond` only counts when nobody else pays for outcomes.
 */
export const instrumentKind: Rule = {
  id: "instrument-kind",
  kind: "structured",
  describe:
    "The instrument names the type: guarantee, incentive payment, outcome-contingent grant, or an outcome-linked loan or bond with no outcome payer.",
  apply: (d): Reason[] => {
    const reads = { instrument: d.instrument };
    const hit = (type: Reason["type"], weight: number, says: string, extra: Record<string, unknown> = {}): Reason[] => [
      { rule: "instrument-kind", kind: "structured", type, weight, says, reads: { ...reads, ...extra } },
    ];
    switch (d.instrument) {
      case "guarantee":
        return hit("social_impact_guarantee", 0.85, "A guarantor covers the outcome payments (instrument = guarantee).");
      case "incentive_payment":
        return hit(
          "social_impact_incentive",
          0.85,
          "Premium payments to an enterprise for verified impact (instrument = incentive_payment).",
        );
      case "grant": {
        const share = d.shareOfPaymentContingent;
        if (share === 0) return [];
        return hit(
          "results_based_grant",
          share === undefined ? 0.6 : 0.8,
          `A grant whose payment depends on results (instrument = grant, shareOfPaymentContingent = ${share ?? "unknown"}).`,
          { shareOfPaymentContingent: share },
        );
      }
      case "loan":
      case "bond": {
        const payers = d.outcomePayers?.filter((p) => p.type !== "unknown") ?? [];
        if (payers.length > 0) return [];
        return hit(
          "sustainability_linked_finance",
          0.8,
          `A ${d.instrument} with no outcome payer: its terms move with outcome targets (instrument = ${d.instrument}).`,
          {
            outcomePayers: d.outcomePayers?.length ?? 0,
          },
        );
      }
      default:
        return [];
    }
  },
};
