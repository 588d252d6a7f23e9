import type { Classification, Reason } from "./classification.js";
import type { ContractDescription } from "./contract-description.js";
import type { Rule } from "./rule.js";
import { impactBond, outcomeContingentPrefinance } from "./rules/impact-bond.js";
import { instrumentKind } from "./rules/instrument-kind.js";
import { paymentByResults } from "./rules/payment-by-results.js";
import { pooledFund } from "./rules/pooled-fund.js";
import { textCues } from "./rules/text-cues.js";
import type { TypeCode } from "./type-code.js";

/** The rules in the order they are reported: structured rules first, text cues last. */
export const RULES: readonly Rule[] = [pooledFund, instrumentKind, impactBond, paymentByResults, textCues];

/** Below this a structured answer is too weak to give; the margin a winner needs over the runner-up. */
const DECIDE = 0.5;
const MARGIN = 0.15;
/** A type suggested only by text cues, with no field evidence, is never more certain than this. */
const TEXT_ONLY_CAP = 0.5;

export interface ClassifyOptions {
  /** Read names and descriptions for secondary cues (default true). Off for evaluations scored on names. */
  useText?: boolean;
}

/**
 * Classifies one contract description. Structured rules decide first; text cues from the name
 * and description only confirm, question or (alone, capped at 0.5) suggest. When no type wins
 * clearly, the answer is `unclassified` with the competing reasons, never a silent default.
 *
 * @example
 * classify({ id: "x", name: "Youth employment", upfrontFinance: [{ type: "investor" }], outcomePayers: [{ type: "government" }] })
 * // { id: "x", type: "social_impact_bond", confidence: 0.75, reasons: [...], missing: ["countries", ...] }
 */
export function classify(d: ContractDescription, options: ClassifyOptions = {}): Classification {
  const rules = options.useText === false ? RULES.filter((r) => r.kind !== "text") : RULES;
  const reasons = rules.flatMap((r) => r.apply(d));
  const structured = reasons.filter((r) => r.kind === "structured");
  const text = reasons.filter((r) => r.kind === "text");
  const missing = missingFields(d);

  const ranked = rank(structured);
  const [top, second] = ranked;
  if (top !== undefined && top.score >= DECIDE && top.score - (second?.score ?? 0) >= MARGIN) {
    const agree = text.some((t) => t.type === top.type);
    const disagree = text.some((t) => t.type !== top.type && !sameFamily(t.type, top.type));
    const confidence = clamp(top.score - 0.05 * Math.min(missing.length, 4) + (agree ? 0.05 : 0) - (disagree ? 0.15 : 0));
    return { id: d.id, type: top.type, confidence: round(confidence), reasons, missing };
  }
  if (top === undefined || top.score < DECIDE) {
    // No field evidence strong enough: text alone may suggest a type, if it names only one.
    const named = new Set(text.map((t) => t.type));
    const compatible = top === undefined || ranked.some((r) => named.has(r.type));
    const only = [...named][0];
    if (named.size === 1 && only !== undefined && compatible) {
      const fieldSupport = ranked.find((r) => r.type === only)?.score ?? 0;
      return { id: d.id, type: only, confidence: round(Math.min(TEXT_ONLY_CAP, 0.35 + fieldSupport / 2)), reasons, missing };
    }
  }
  return { id: d.id, type: "unclassified", confidence: 0, reasons: reasons.length > 0 ? reasons : [noEvidence()], missing };
}

/** Types ranked by their strongest structured reason (a type's reasons do not add up: one decisive rule is enough). */
function rank(reasons: readonly Reason[]): { type: TypeCode; score: number }[] {
  const best = new Map<TypeCode, number>();
  for (const r of reasons) best.set(r.type, Math.max(best.get(r.type) ?? 0, r.weight));
  return [...best].map(([type, score]) => ({ type, score })).sort((a, b) => b.score - a.score);
}

/** SIB and DIB share a structure: a text cue for one does not contradict a field answer for the other as strongly. */
function sameFamily(a: TypeCode, b: TypeCode): boolean {
  const bonds = new Set<TypeCode>(["social_impact_bond", "development_impact_bond"]);
  return bonds.has(a) && bonds.has(b);
}

/** Fields whose value would change or firm up the answer. */
export function missingFields(d: ContractDescription): string[] {
  const out: string[] = [];
  if (d.instrument === undefined || d.instrument === "unknown") out.push("instrument");
  if (d.pooledFundForMultipleContracts === undefined) out.push("pooledFundForMultipleContracts");
  if (d.upfrontFinance === undefined || d.upfrontFinance.some((f) => f.type === "unknown")) out.push("upfrontFinance");
  else if (outcomeContingentPrefinance(d).some((f) => f.repaymentContingentOnOutcomes === undefined))
    out.push("upfrontFinance[].repaymentContingentOnOutcomes");
  if (d.outcomePayers === undefined || d.outcomePayers.length === 0) out.push("outcomePayers");
  else if (d.outcomePayers.some((p) => p.type === "unknown")) out.push("outcomePayers[].type");
  if (d.shareOfPaymentContingent === undefined) out.push("shareOfPaymentContingent");
  return out;
}

function noEvidence(): Reason {
  return {
    rule: "no-evidence",
    kind: "structured",
    type: "unclassified",
    weight: 0,
    says: "No rule applies: the record says nothing about pre-finance, outcome payers, pooling or the instrument.",
    reads: {},
  };
}

function clamp(x: number): number {
  return Math.max(0.05, Math.min(1, x));
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
