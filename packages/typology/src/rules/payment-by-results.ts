import type { Rule } from "../rule.js";

/**
 * Payment by results: payment depends on outcomes and nobody outside the provider pre-finances
 * the service (the provider carries the risk, or nobody needs to).
 */
export const paymentByResults: Rule = {
  id: "payment-by-results",
  kind: "structured",
  describe: "Payment depends on outcomes and no third party pre-finances the service.",
  apply: (d) => {
    if (d.upfrontFinance === undefined) return [];
    const third = d.upfrontFinance.filter(
      (f) => f.type === "investor" || f.type === "philanthropy" || f.type === "government" || f.type === "unknown",
    );
    if (third.length > 0) return [];
    if (d.instrument !== undefined && d.instrument !== "contract" && d.instrument !== "unknown") return [];
    const share = d.shareOfPaymentContingent;
    if (share === 0) return [];
    return [
      {
        rule: "payment-by-results",
        kind: "structured",
        type: "payment_by_results",
        weight: share === undefined ? 0.65 : 0.8,
        says: `No third-party pre-finance (${d.upfrontFinance.length === 0 ? "none listed" : d.upfrontFinance.map((f) => f.type).join(", ")}) and payment depends on outcomes (shareOfPaymentContingent = ${share ?? "unknown"}).`,
        reads: { upfrontFinance: d.upfrontFinance.map((f) => f.type), shareOfPaymentContingent: share, instrument: d.instrument },
      },
    ];
  },
};
