// The classifier scored on the hand-labelled reference set, the pipeline read again with its flags
// and notes (fewer unknowns), and the typology matrix with real examples from the reference set.
import { type Classification, classify, TYPOLOGY } from "@hnl/typology";
import { type Inference, inferPipelineDescription } from "./pipeline-inference.ts";
import { type ReferenceRecord, type ReferenceScore, readReferenceSet, scoreReference, type TypeScore } from "./reference-set.ts";
import type { StudyInput } from "./study-input.ts";
import type { Cell, TableData } from "./table-data.ts";
import { type ContractType, DIMENSIONS, type Dimension, MATRIX } from "./typology-matrix.ts";

const NAME = new Map<string, string>(TYPOLOGY.map((t) => [t.code, t.name]));
const nameOf = (code: string): string => NAME.get(code) ?? code;
const ORDER = TYPOLOGY.map((t) => t.code as string);

export interface MovedRecord {
  id: string;
  name: string;
  type: string;
  /** The facts added, each with the columns it read. */
  inferences: Inference[];
}

export interface ReferenceStudy {
  about: string;
  records: number;
  indigo: number;
  pipeline: number;
  byLabel: { code: string; type: string; records: number }[];
  /** Every labelled record, with its name, label in words and reason. */
  labelled: { id: string; name: string; type: string; reason: string }[];
  published: Omit<ReferenceScore, "confusion" | "perType"> & { pipelineRecords: number; pipelineCorrect: number; indigoCorrect: number };
  inferred: {
    /** Pipeline records unclassified in the published reading and given a type by the second reading. */
    moved: number;
    movedByType: { code: string; type: string; records: number }[];
    /** Records the second reading takes from a type to Unclassified, or to another type. */
    changed: { id: string; name: string; from: string; to: string }[];
    unclassifiedBefore: number;
    unclassifiedAfter: number;
    /** Records a flag, a note or a name filled in, by the column read. */
    columnsRead: { column: string; records: number }[];
    examples: MovedRecord[];
    score: Omit<ReferenceScore, "confusion" | "perType"> & { pipelineAnswered: number; pipelineCorrect: number; pipelineRecords: number };
  };
  confusionTable: TableData;
  perTypeTable: TableData;
  errorsTable: TableData;
  /** Every pipeline record the second reading places, with each fact it added and the columns it read. */
  movedTable: TableData;
  movedByTypeTable: TableData;
  matrixTable: TableData;
  /** Each type's examples from the reference set (ID and name), for the matrix and the cards. */
  examples: Record<string, { id: string; name: string; dataset: string }[]>;
}

/** "90% (9 of 10; 60–98%)": a share with its base and 95% Wilson interval; "none predicted" when the base is 0. */
function scoreCell(value: number | null, correct: number, base: number, interval: { lower: number; upper: number } | null): Cell {
  if (value === null || interval === null) return "n/a";
  const p = (x: number) => `${Math.round(x * 100)}`;
  return `${p(value)}% (${correct} of ${base}; ${p(interval.lower)}–${p(interval.upper)}%)`;
}

export function referenceStudy(
  input: StudyInput,
  published: { indigo: readonly Classification[]; pipeline: readonly Classification[] },
): ReferenceStudy {
  const names = new Map<string, { name: string; dataset: string }>([
    ...input.indigo.map((d) => [d.id, { name: d.name, dataset: "INDIGO Impact Bond Dataset" }] as const),
    ...input.pipeline.map((d) => [d.id, { name: d.name, dataset: "INDIGO Pipeline Dataset" }] as const),
  ]);
  const ref = readReferenceSet(new Set(names.keys()));
  const refs = ref.records;
  const isPipeline = (r: ReferenceRecord) => r.id.startsWith("INDIGO-PL-");

  // The pipeline read again with flags, notes and names.
  const inferred = input.pipelines.map(inferPipelineDescription);
  const second = inferred.map((x) => classify(x.description));
  const before = published.pipeline;
  const moved: MovedRecord[] = [];
  const changed: ReferenceStudy["inferred"]["changed"] = [];
  second.forEach((c, i) => {
    const was = before[i]?.type ?? "unclassified";
    const name = input.pipeline[i]?.name ?? c.id;
    if (was === "unclassified" && c.type !== "unclassified")
      moved.push({ id: c.id, name, type: c.type, inferences: inferred[i]?.inferences ?? [] });
    else if (was !== "unclassified" && c.type !== was) changed.push({ id: c.id, name, from: nameOf(was), to: nameOf(c.type) });
  });
  const countBy = (codes: readonly string[]) =>
    [...new Set(codes)]
      .map((code) => ({ code, type: nameOf(code), records: codes.filter((c) => c === code).length }))
      .sort((a, b) => b.records - a.records || ORDER.indexOf(a.code) - ORDER.indexOf(b.code));
  const columnCount = new Map<string, number>();
  for (const m of moved)
    for (const column of new Set(m.inferences.flatMap((x) => x.from))) columnCount.set(column, (columnCount.get(column) ?? 0) + 1);

  const pub = scoreReference(refs, [...published.indigo, ...published.pipeline]);
  const sec = scoreReference(refs, [...published.indigo, ...second]);
  const pipelineRefs = refs.filter(isPipeline);
  const secById = new Map(second.map((c) => [c.id, c.type]));
  const pubById = new Map([...published.indigo, ...published.pipeline].map((c) => [c.id, c.type]));
  const pipelineAnswered = pipelineRefs.filter((r) => secById.get(r.id) !== "unclassified");

  // Tables.
  const labels = [...new Set(refs.map((r) => r.label))].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const answers = [...labels, ...new Set(Object.values(pub.confusion).flatMap((row) => Object.keys(row)))]
    .filter((v, i, all) => all.indexOf(v) === i)
    .sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b));
  const confusionTable: TableData = {
    id: "reference-confusion",
    caption: `The published classification against the hand-labelled reference set: ${refs.length} records, each label (rows) against what the classifier calls the records (columns)`,
    columns: [
      { title: "Labelled" },
      ...answers.map((a) => ({ title: a === "unclassified" ? "Left unclassified" : `Called ${nameOf(a).toLowerCase()}`, numeric: true })),
      { title: "Records", numeric: true },
    ],
    rows: labels.map((l) => {
      const row = pub.confusion[l] ?? {};
      return [nameOf(l), ...answers.map((a) => row[a] ?? 0), refs.filter((r) => r.label === l).length];
    }),
  };
  const secByLabel = new Map(sec.perType.map((t) => [t.label, t]));
  const perTypeTable: TableData = {
    id: "reference-per-type",
    caption:
      "Precision and recall per type on the reference set, with 95% Wilson intervals: the published classification, and the pipeline read again with its flags and notes (n/a: the classifier never gave the type)",
    columns: [
      { title: "Type" },
      { title: "Labelled", numeric: true },
      { title: "Precision, published" },
      { title: "Recall, published" },
      { title: "Precision, flags and notes" },
      { title: "Recall, flags and notes" },
    ],
    rows: pub.perType
      .filter((t) => t.labelled > 0)
      .map((t: TypeScore) => {
        const s = secByLabel.get(t.label);
        return [
          nameOf(t.label),
          t.labelled,
          scoreCell(t.precision, t.correct, t.predicted, t.precisionInterval),
          scoreCell(t.recall, t.correct, t.labelled, t.recallInterval),
          s ? scoreCell(s.precision, s.correct, s.predicted, s.precisionInterval) : "n/a",
          s ? scoreCell(s.recall, s.correct, s.labelled, s.recallInterval) : "n/a",
        ];
      }),
  };
  const byId = new Map(refs.map((r) => [r.id, r]));
  const errorsTable: TableData = {
    id: "reference-errors",
    caption: `Reference records the classifier still gets wrong after the second reading (${sec.errors.length} of ${refs.length}), with the reason for their label`,
    columns: [{ title: "Record" }, { title: "Classifier says; label, and why" }],
    rows: sec.errors.map((e) => [
      `${names.get(e.id)?.name ?? e.id} (${e.id})`,
      `${nameOf(e.predicted)}; labelled ${nameOf(e.label).toLowerCase()}: ${byId.get(e.id)?.reason ?? ""}`,
    ]),
  };

  const movedTable: TableData = {
    id: "pipeline-inferences",
    caption: `Every pipeline record placed in a type once its flags and notes are read (${moved.length}), with each fact added and the columns it came from`,
    columns: [{ title: "Record: the type it gets" }, { title: "Facts added (columns read)" }],
    rows: moved.map((m) => [
      `${m.name} (${m.id}): ${nameOf(m.type)}`,
      m.inferences.map((x) => `${x.field}: ${x.value} (${x.from.join(", ")})`).join("; "),
    ]),
  };
  const movedByTypeTable: TableData = {
    id: "pipeline-moved-by-type",
    caption: `Pipeline records that move from Unclassified to a type once their flags and notes are read, by type (${moved.length} records)`,
    columns: [{ title: "Type" }, { title: "Records", numeric: true }],
    rows: countBy(moved.map((m) => m.type)).map((t) => [t.type, t.records]),
  };

  // Examples per type: reference records the published classification also places there first.
  const examples: ReferenceStudy["examples"] = {};
  for (const code of Object.keys(MATRIX)) {
    const labelled = refs.filter((r) => r.label === code);
    const agreed = labelled.filter((r) => pubById.get(r.id) === code || secById.get(r.id) === code);
    examples[code] = [...agreed, ...labelled.filter((r) => !agreed.includes(r))].slice(0, 2).map((r) => ({
      id: r.id,
      name: names.get(r.id)?.name ?? r.id,
      dataset: names.get(r.id)?.dataset ?? "",
    }));
  }
  const dims = Object.keys(DIMENSIONS) as Dimension[];
  const matrixTable: TableData = {
    id: "typology-matrix",
    caption:
      "The types side by side: who pays, what payment depends on, who carries the risk, the form and the scale, with examples from the data",
    columns: [{ title: "Type" }, ...dims.map((d) => ({ title: DIMENSIONS[d] })), { title: "Examples (record ID)" }],
    rows: (Object.keys(MATRIX) as ContractType[]).map((code) => [
      nameOf(code),
      ...dims.map((d) => MATRIX[code][d]),
      (examples[code] ?? []).length === 0
        ? "None in either dataset's reference records"
        : (examples[code] ?? []).map((e) => `${e.name} (${e.id})`).join("; "),
    ]),
  };

  const strip = (s: ReferenceScore) => {
    const { confusion: _c, perType: _p, ...rest } = s;
    return rest;
  };
  return {
    about: ref.about,
    records: refs.length,
    indigo: refs.length - pipelineRefs.length,
    pipeline: pipelineRefs.length,
    byLabel: countBy(refs.map((r) => r.label)),
    labelled: refs.map((r) => ({ id: r.id, name: names.get(r.id)?.name ?? r.id, type: nameOf(r.label), reason: r.reason })),
    published: {
      ...strip(pub),
      pipelineRecords: pipelineRefs.length,
      pipelineCorrect: pipelineRefs.filter((r) => pubById.get(r.id) === r.label).length,
      indigoCorrect: refs.filter((r) => !isPipeline(r) && pubById.get(r.id) === r.label).length,
    },
    inferred: {
      moved: moved.length,
      movedByType: countBy(moved.map((m) => m.type)),
      changed,
      unclassifiedBefore: before.filter((c) => c.type === "unclassified").length,
      unclassifiedAfter: second.filter((c) => c.type === "unclassified").length,
      columnsRead: [...columnCount].map(([column, records]) => ({ column, records })).sort((a, b) => b.records - a.records),
      examples: moved.slice(0, 3),
      score: {
        ...strip(sec),
        pipelineRecords: pipelineRefs.length,
        pipelineAnswered: pipelineAnswered.length,
        pipelineCorrect: pipelineAnswered.filter((r) => secById.get(r.id) === r.label).length,
      },
    },
    confusionTable,
    perTypeTable,
    errorsTable,
    movedTable,
    movedByTypeTable,
    matrixTable,
    examples,
  };
}
