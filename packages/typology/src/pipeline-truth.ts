import type { PipelineProject } from "@hnl/data";
import type { EvalLabel, LabelledRecord } from "./evaluate.js";

/** The pipeline's instrument flags, as evaluation labels (the TA programme and "other" flags name no contract type). */
export const PIPELINE_FLAG_LABELS = {
  instrumentImpactBond: "impact_bond",
  instrumentOutcomesFund: "outcomes_fund",
  instrumentSocialImpactIncentivesSiinc: "social_impact_incentive",
  instrumentSocialImpactGuarantee: "social_impact_guarantee",
  instrumentPaymentByResultsNoPrefinancing: "payment_by_results",
} as const satisfies Partial<Record<keyof PipelineProject, EvalLabel>>;

/** A pipeline record's true labels from its instrument flags; null when none of the scored flags is set. */
export function pipelineTruth(p: PipelineProject): LabelledRecord | null {
  const truth = Object.entries(PIPELINE_FLAG_LABELS)
    .filter(([flag]) => p[flag as keyof typeof PIPELINE_FLAG_LABELS] === true)
    .map(([, label]) => label);
  return truth.length === 0 ? null : { id: p.id, truth };
}
