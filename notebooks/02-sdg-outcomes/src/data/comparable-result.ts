// Whether an outcome metric's final result can be set against its target: both must be numbers,
// and they must count the same thing.
import type { OutcomeMetric } from "@hnl/data";

/** Why a metric's result and target are in different units, so their ratio means nothing. */
export type UnitMismatch =
  /** The targeted number is the project's whole cohort, copied onto every one of its (3 or more) metrics, while the result counts one metric's outcomes. */
  | "cohort-target"
  /** The metric is paid per week or per month, so its result counts periods (weeks, months), while the target counts people. */
  | "paid-per-period";

export type ResultCheck =
  | { status: "comparable"; achieved: number; target: number; ratio: number }
  | { status: "unit-mismatch"; reason: UnitMismatch; achieved: number; target: number }
  | { status: "no-target" }
  | { status: "no-final-result" };

/** The fewest metrics a project must have before one targeted number on all of them reads as its cohort. */
export const COHORT_TARGET_MIN_METRICS = 3;

const PAID_PER_PERIOD = /\bpaid\s+(?:per|each|every)\s+(?:week|month)|\bpaid\s+(?:weekly|monthly)\b/i;

/** A published number such as "1,444" or "79"; null for text ("Comparing scores in pre- and post-tests"). */
export function numberOf(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const t = text.trim().replaceAll(",", "");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/**
 * Checks one outcome metric's final result against its target (its "targeted number of service
 * users"). Rules: both must be numbers and the target above 0; the result and the target must be
 * in the same unit. A target that is the same number on every metric of a project with 3 or more
 * metrics is the project's cohort, not the metric's target (`cohort-target`); a metric paid per
 * week or per month counts periods, not people (`paid-per-period`). Such metrics are left out of
 * any comparison and counted, never silently dropped.
 *
 * @example
 * comparableResult(metric, 16, projectMetrics) // { status: "unit-mismatch", reason: "cohort-target", achieved: 16, target: 79 }
 */
export function comparableResult(
  metric: Pick<OutcomeMetric, "definition" | "targetedNumberOfServiceUsersOrBeneficiariesTotal">,
  achieved: number | undefined,
  projectMetrics: readonly Pick<OutcomeMetric, "targetedNumberOfServiceUsersOrBeneficiariesTotal">[],
): ResultCheck {
  const target = numberOf(metric.targetedNumberOfServiceUsersOrBeneficiariesTotal);
  if (target === null || target <= 0) return { status: "no-target" };
  if (achieved === undefined) return { status: "no-final-result" };
  const cohort =
    projectMetrics.length >= COHORT_TARGET_MIN_METRICS &&
    projectMetrics.every((m) => numberOf(m.targetedNumberOfServiceUsersOrBeneficiariesTotal) === target);
  if (cohort) return { status: "unit-mismatch", reason: "cohort-target", achieved, target };
  if (PAID_PER_PERIOD.test(metric.definition ?? "")) return { status: "unit-mismatch", reason: "paid-per-period", achieved, target };
  return { status: "comparable", achieved, target, ratio: achieved / target };
}
