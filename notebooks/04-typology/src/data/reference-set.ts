// The hand-labelled reference set (reference-set.json): read, checked against the data, and used
// to score a classification with a confusion matrix and per-type precision and recall.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { wilsonInterval } from "@hnl/analysis";
import { type Classification, TypeCode } from "@hnl/typology";

/** One labelled record: a type of the typology (never unclassified) and the reason for it. */
export interface ReferenceRecord {
  id: string;
  label: Exclude<TypeCode, "unclassified">;
  reason: string;
}

export interface ReferenceSet {
  about: string;
  records: ReferenceRecord[];
}

const ID = /^INDIGO-(POJ|PL)-\d{4}$/;

/** The file's layout, checked entry by entry: the first bad entry is named with a hint. */
function parseReferenceSet(json: unknown, file: string): ReferenceSet {
  const fail = (where: string, what: string, hint: string): never => {
    throw new Error(`${file}: ${where}: ${what}. Hint: ${hint}`);
  };
  const o = json as { about?: unknown; records?: unknown };
  if (typeof o?.about !== "string" || o.about === "") fail("about", "missing", "say how the set was labelled.");
  if (!Array.isArray(o.records) || o.records.length === 0) fail("records", "missing or empty", "list the labelled records.");
  const records = (o.records as unknown[]).map((e, i): ReferenceRecord => {
    const r = e as Partial<Record<keyof ReferenceRecord, unknown>>;
    if (typeof r.id !== "string" || !ID.test(r.id))
      fail(`records.${i}.id`, `${JSON.stringify(r.id)} is not an INDIGO ID`, "use INDIGO-POJ-0001 or INDIGO-PL-0001.");
    const label = TypeCode.safeParse(r.label);
    if (!label.success || label.data === "unclassified")
      fail(
        `records.${i}.label`,
        `${JSON.stringify(r.label)} is not a type`,
        `use one of ${TypeCode.options.filter((t) => t !== "unclassified").join(", ")}.`,
      );
    if (typeof r.reason !== "string" || r.reason.length < 20)
      fail(`records.${i}.reason`, "missing or shorter than a sentence", "say which recorded facts decide the label.");
    return { id: r.id as string, label: r.label as ReferenceRecord["label"], reason: r.reason as string };
  });
  return { about: o.about as string, records };
}

export const REFERENCE_SET_FILE = fileURLToPath(new URL("./reference-set.json", import.meta.url));

/**
 * Reads and checks the reference set: the file's layout, one label per ID, and every ID a record
 * of the data (`known`). A bad entry stops the build with the file, the entry and a hint.
 */
export function readReferenceSet(known: ReadonlySet<string>, file = REFERENCE_SET_FILE): ReferenceSet {
  const data = parseReferenceSet(JSON.parse(readFileSync(file, "utf8")), file);
  const seen = new Set<string>();
  data.records.forEach((r, i) => {
    if (seen.has(r.id)) throw new Error(`${file}: records.${i}: ${r.id} is labelled twice. Hint: keep one label per record.`);
    seen.add(r.id);
    if (!known.has(r.id))
      throw new Error(`${file}: records.${i}: ${r.id} is not a record of the data. Hint: check the ID against the dataset.`);
  });
  return data;
}

export interface TypeScore {
  label: string;
  /** Records labelled this type. */
  labelled: number;
  /** Records the classifier put in this type. */
  predicted: number;
  correct: number;
  precision: number | null;
  precisionInterval: { lower: number; upper: number } | null;
  recall: number | null;
  recallInterval: { lower: number; upper: number } | null;
}

export interface ReferenceScore {
  records: number;
  correct: number;
  /** Records the classifier gave a type to, and how many of those are right. */
  answered: number;
  answeredCorrect: number;
  unclassified: number;
  /** confusion[label][predicted] = records. */
  confusion: Record<string, Record<string, number>>;
  perType: TypeScore[];
  /** Records whose answer is not their label. */
  errors: { id: string; label: string; predicted: string }[];
}

/** Scores classifications against reference labels (records without a classification are an error). */
export function scoreReference(refs: readonly ReferenceRecord[], results: readonly Classification[]): ReferenceScore {
  const byId = new Map(results.map((c) => [c.id, c.type]));
  const confusion: Record<string, Record<string, number>> = {};
  const errors: ReferenceScore["errors"] = [];
  for (const r of refs) {
    const predicted = byId.get(r.id);
    if (predicted === undefined) throw new Error(`The reference record ${r.id} has no classification.`);
    const row = confusion[r.label] ?? {};
    confusion[r.label] = row;
    row[predicted] = (row[predicted] ?? 0) + 1;
    if (predicted !== r.label) errors.push({ id: r.id, label: r.label, predicted });
  }
  const labels = TypeCode.options.filter((t) => t !== "unclassified");
  const perType = labels
    .map((label): TypeScore => {
      const labelled = refs.filter((r) => r.label === label).length;
      const predicted = refs.filter((r) => byId.get(r.id) === label).length;
      const correct = confusion[label]?.[label] ?? 0;
      return {
        label,
        labelled,
        predicted,
        correct,
        precision: predicted === 0 ? null : correct / predicted,
        precisionInterval: predicted === 0 ? null : wilsonInterval(correct, predicted),
        recall: labelled === 0 ? null : correct / labelled,
        recallInterval: labelled === 0 ? null : wilsonInterval(correct, labelled),
      };
    })
    .filter((t) => t.labelled > 0 || t.predicted > 0);
  const answered = refs.filter((r) => byId.get(r.id) !== "unclassified");
  return {
    records: refs.length,
    correct: refs.length - errors.length,
    answered: answered.length,
    answeredCorrect: answered.filter((r) => byId.get(r.id) === r.label).length,
    unclassified: refs.length - answered.length,
    confusion,
    perType,
    errors,
  };
}
