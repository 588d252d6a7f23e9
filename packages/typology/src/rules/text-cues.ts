import type { Reason } from "../classification.js";
import type { Rule } from "../rule.js";
import type { TypeCode } from "../type-code.js";

/** Words in a name or description that point to a type; secondary evidence only. */
export const TEXT_CUES: readonly { type: Exclude<TypeCode, "unclassified">; pattern: RegExp }[] = [
  { type: "development_impact_bond", pattern: /\bdevelopment impact bonds?\b|\bDIBs?\b/i },
  {
    type: "social_impact_bond",
    pattern:
      /\bsocial impact bonds?\b|\bSIBs?\b|\bpay[- ]for[- ]success\b|\bsocial outcomes? (?:partnership|contract)s?\b|\bsocial benefit bonds?\b/i,
  },
  { type: "outcomes_fund", pattern: /\boutcomes? funds?\b/i },
  { type: "social_impact_incentive", pattern: /\bsocial impact incentives?\b|\bSIINC\b/i },
  { type: "social_impact_guarantee", pattern: /\b(?:social )?impact guarantees?\b/i },
  { type: "payment_by_results", pattern: /\bpayment[- ]by[- ]results\b|\bPbR\b/i },
  { type: "results_based_grant", pattern: /\bresults?[- ]based (?:grants?|funding)\b/i },
  { type: "sustainability_linked_finance", pattern: /\bsustainability[- ]linked\b|\b(?:KPI|ESG)[- ]linked\b/i },
];

/** Cues in the name (and description) of a record: reported as text evidence, weighing less than fields. */
export const textCues: Rule = {
  id: "text-cues",
  kind: "text",
  describe: "Words in the name or description (e.g. “Development Impact Bond”, “SIINC”) point to a type, as secondary evidence.",
  apply: (d): Reason[] => {
    const text = `${d.name} ${d.description ?? ""}`;
    return TEXT_CUES.flatMap(({ type, pattern }) => {
      const m = pattern.exec(text);
      return m === null
        ? []
        : [
            {
              rule: "text-cues",
              kind: "text" as const,
              type,
              weight: 0.4,
              says: `The text says “${m[0]}”.`,
              reads: { matched: m[0], in: pattern.exec(d.name) ? "name" : "description" },
            },
          ];
    });
  },
};
