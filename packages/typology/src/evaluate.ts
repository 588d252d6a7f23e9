import type { Classification } from "./classification.js";
import type { TypeCode } from "./type-code.js";

/** Labels an evaluation scores on: the typology's codes, with SIB and DIB merged where truth cannot tell them apart. */
export type EvalLabel = TypeCode | "impact_bond";

export interface LabelledRecord {
  id: string;
  /** Every label the truth allows (a pipeline record may carry several instrument flags). */
  truth: readonly EvalLabel[];
}

export interface Evaluation {
  scored: number;
  correct: number;
  accuracy: number;
  /** truth → predicted → count, over records with exactly one true label. */
  confusion: Record<string, Record<string, number>>;
  perClass: { label: string; precision: number | null; recall: number | null; support: number }[];
  /** Records with several true labels: how many predictions hit one of them. */
  multiLabel: { records: number; hits: number };
  errors: { id: string; truth: readonly EvalLabel[]; predicted: EvalLabel; confidence: number }[];
}

/** A prediction in the evaluation's labels: SIB and DIB become `impact_bond` when `mergeBonds`. */
export function toLabel(type: TypeCode, mergeBonds: boolean): EvalLabel {
  return mergeBonds && (type === "social_impact_bond" || type === "development_impact_bond") ? "impact_bond" : type;
}

/**
 * Scores classifications against labelled truth: accuracy (a prediction is right when it is one
 * of the record's true labels), a confusion matrix and per-class precision and recall over the
 * single-label records, and every error for study.
 */
export function evaluate(
  results: readonly Classification[],
  truth: readonly LabelledRecord[],
  options: { mergeBonds: boolean },
): Evaluation {
  const byId = new Map(results.map((r) => [r.id, r]));
  const confusion: Record<string, Record<string, number>> = {};
  const errors: Evaluation["errors"] = [];
  let correct = 0;
  let multiRecords = 0;
  let multiHits = 0;
  for (const t of truth) {
    const r = byId.get(t.id);
    if (r === undefined) continue;
    const predicted = toLabel(r.type, options.mergeBonds);
    const hit = t.truth.includes(predicted);
    if (hit) correct++;
    else errors.push({ id: t.id, truth: t.truth, predicted, confidence: r.confidence });
    if (t.truth.length === 1) {
      const key = t.truth[0] as string;
      const row = confusion[key] ?? {};
      row[predicted] = (row[predicted] ?? 0) + 1;
      confusion[key] = row;
    } else {
      multiRecords++;
      if (hit) multiHits++;
    }
  }
  const labels = [...new Set([...Object.keys(confusion), ...Object.values(confusion).flatMap((r) => Object.keys(r))])].sort();
  // `unclassified` is an answer, not a class: it has no precision of its own.
  const perClass = labels
    .filter((label) => label !== "unclassified")
    .map((label) => {
      const tp = confusion[label]?.[label] ?? 0;
      const support = Object.values(confusion[label] ?? {}).reduce((a, b) => a + b, 0);
      const predicted = Object.values(confusion).reduce((n, row) => n + (row[label] ?? 0), 0);
      return { label, precision: predicted === 0 ? null : tp / predicted, recall: support === 0 ? null : tp / support, support };
    });
  const scored = truth.filter((t) => byId.has(t.id)).length;
  return {
    scored,
    correct,
    accuracy: scored === 0 ? 0 : correct / scored,
    confusion,
    perClass,
    multiLabel: { records: multiRecords, hits: multiHits },
    errors,
  };
}
