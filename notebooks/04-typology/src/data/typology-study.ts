// The numbers notebook 04 shows, computed once from the typed loaders and the typology package so
// every loader, figure and finding of the notebook agrees.
import { countryRegion, PipelineProject, REGIONS } from "@hnl/data";
import {
  type Classification,
  type ContractDescription,
  classify,
  PIPELINE_FLAG_LABELS,
  RULES,
  TYPOLOGY,
  type TypeCode,
  type TypologyEntry,
} from "@hnl/typology";
import { type CoverageRow, fieldCoverage } from "./coverage.ts";
import { type ErrorCase, type ErrorPattern, errorPatterns, INDIGO_PATTERNS, PIPELINE_PATTERNS } from "./error-patterns.ts";
import {
  evaluateIndigo,
  evaluatePipeline,
  type IndigoEvaluation,
  indigoPayerCheck,
  labelName,
  type PayerCheck,
  type PipelineEvaluation,
  pipelineLabels,
} from "./evaluation.ts";
import { type ExtensionStudy, extensionStudy } from "./extension-records.ts";
import { FIELD_LABELS, plainFeature } from "./field-labels.ts";
import { inferPipelineDescription } from "./pipeline-inference.ts";
import { type ReferenceStudy, referenceStudy } from "./reference-study.ts";
import { loadStudyInput, type StudyInput } from "./study-input.ts";
import { type Cell, crossTable, percent, type TableData } from "./table-data.ts";

export interface TypeCount {
  [key: string]: string | number;
  code: TypeCode;
  type: string;
  records: number;
}

export interface DatasetClassification {
  records: number;
  /** The published answer (text cues on), types with at least one record, largest first. */
  byType: TypeCount[];
  /** The same with text cues off. */
  structureOnly: TypeCount[];
  /** Records whose type changes when text cues are turned off, and how. */
  changedByText: number;
  changes: { from: string; to: string; records: number }[];
  byRegion: TableData;
  withoutCountry: number;
  /** Records delivering in more than one M49 region (they count in each). */
  multiRegion: number;
  bySector: TableData;
}

export interface YearRow {
  [key: string]: string | number;
  year: string;
  type: string;
  projects: number;
}

export interface TypologyStudy {
  snapshots: { indigo: string; pipeline: string };
  accounting: StudyInput["accounting"];
  /** The typology, each type's features also in plain words (`plainFeatures`, for readers). */
  typology: (TypologyEntry & { plainFeatures: string[] })[];
  /** Plain labels of the contract-description fields, by field name (the error patterns' `missing` lists). */
  fieldLabels: Record<string, string>;
  rules: { id: string; kind: "structured" | "text"; describe: string }[];
  indigo: DatasetClassification & { byYear: YearRow[]; yearTable: TableData; withoutYear: number; years: number };
  pipeline: DatasetClassification;
  evaluation: {
    pipeline: Omit<PipelineEvaluation, "withText" | "structureOnly"> & {
      accuracy: number;
      correct: number;
      structureOnlyAccuracy: number;
      structureOnlyCorrect: number;
      singleLabel: number;
      multiLabel: { records: number; hits: number };
      errors: number;
    };
    indigo: IndigoEvaluation;
    /** How government payers are placed, and what kind of payer makes each structure-only DIB. */
    payers: PayerCheck;
    confusion: TableData;
    perClass: TableData;
    perClassRows: { label: string; precision: number | null; recall: number | null; support: number }[];
    indigoChecks: TableData;
  };
  errors: {
    pipeline: ErrorPattern[];
    indigo: ErrorPattern[];
  };
  coverage: CoverageRow[];
  coverageTable: TableData;
  /** The classifier on the hand-labelled reference set, the pipeline read with its flags and notes, and the typology matrix. */
  reference: ReferenceStudy;
  /** Every record mapped into the Outcomes-based Contracts extension of the data standard, validated, and each new field's coverage. */
  extension: ExtensionStudy;
}

const NAME = new Map(TYPOLOGY.map((t) => [t.code, t.name]));
export const typeName = (code: string): string => NAME.get(code as TypeCode) ?? code;
const ORDER = TYPOLOGY.map((t) => t.code as string);
const byOrder = (a: string, b: string) => ORDER.indexOf(a) - ORDER.indexOf(b);

function typeCounts(results: readonly Classification[]): TypeCount[] {
  const n = new Map<TypeCode, number>();
  for (const r of results) n.set(r.type, (n.get(r.type) ?? 0) + 1);
  return [...n]
    .map(([code, records]) => ({ code, type: typeName(code), records }))
    .sort((a, b) => b.records - a.records || byOrder(a.code, b.code));
}

const NO_COUNTRY = "No country recorded";

function classifyDataset(o: {
  key: "indigo" | "pipeline";
  what: string;
  descriptions: readonly ContractDescription[];
  on: readonly Classification[];
  off: readonly Classification[];
  sectors: readonly string[][];
}): DatasetClassification {
  const byType = typeCounts(o.on);
  const types = byType.map((t) => t.code as string).sort(byOrder);
  const totals = new Map(byType.map((t) => [t.code as string, t.records]));

  const regionPairs: [string, string][] = [];
  let withoutCountry = 0;
  let multiRegion = 0;
  o.descriptions.forEach((d, i) => {
    const type = o.on[i]?.type ?? "unclassified";
    const regions = [...new Set((d.countries ?? []).map((c) => countryRegion(c) ?? NO_COUNTRY))];
    if (regions.length === 0) {
      withoutCountry++;
      regions.push(NO_COUNTRY);
    }
    if (regions.filter((r) => r !== NO_COUNTRY).length > 1) multiRegion++;
    for (const r of regions) regionPairs.push([type, r]);
  });
  const regionColumns = [...REGIONS, NO_COUNTRY].filter((r) => regionPairs.some(([, x]) => x === r));

  const sectorPairs = o.sectors.flatMap((list, i) => list.map((s) => [s, o.on[i]?.type ?? "unclassified"] as [string, string]));
  const sectorCount = new Map<string, number>();
  for (const [s] of sectorPairs) sectorCount.set(s, (sectorCount.get(s) ?? 0) + 1);
  const sectorRows = [...sectorCount].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
  const sectorTotals = new Map<string, number>();
  for (const list of o.sectors) for (const s of new Set(list)) sectorTotals.set(s, (sectorTotals.get(s) ?? 0) + 1);

  const changes = new Map<string, number>();
  o.on.forEach((c, i) => {
    const off = o.off[i];
    if (off !== undefined && off.type !== c.type)
      changes.set(`${off.type}\u0000${c.type}`, (changes.get(`${off.type}\u0000${c.type}`) ?? 0) + 1);
  });

  return {
    records: o.descriptions.length,
    byType,
    structureOnly: typeCounts(o.off),
    changedByText: [...changes.values()].reduce((a, b) => a + b, 0),
    changes: [...changes]
      .map(([k, records]) => {
        const [from = "", to = ""] = k.split("\u0000");
        return { from: typeName(from), to: typeName(to), records };
      })
      .sort((a, b) => b.records - a.records || a.to.localeCompare(b.to)),
    byRegion: crossTable({
      id: `${o.key}-type-by-region`,
      caption: `${o.what} by type and UN M49 region of delivery (a record delivering in several regions counts in each; Records counts each once)`,
      rowTitle: "Type",
      rowKeys: types,
      columnKeys: regionColumns,
      pairs: regionPairs,
      label: typeName,
      rowTotals: totals,
    }),
    withoutCountry,
    multiRegion,
    bySector: transpose(
      crossTable({
        id: `${o.key}-type-by-sector`,
        caption: `${o.what} by policy sector and type${o.key === "pipeline" ? " (a record flagged in several sectors counts in each)" : ""}`,
        rowTitle: "Policy sector",
        rowKeys: sectorRows,
        columnKeys: types,
        pairs: sectorPairs,
        rowTotals: sectorTotals,
      }),
      typeName,
    ),
  };
}

/** Renames the type columns of a sector table from codes to names. */
function transpose(t: TableData, name: (code: string) => string): TableData {
  return { ...t, columns: t.columns.map((c, i) => (i === 0 || i === t.columns.length - 1 ? c : { ...c, title: name(c.title) })) };
}

/** Pipeline policy sectors: the yes/no sector flags, named by their schema descriptions. */
function pipelineSectors(p: PipelineProject): string[] {
  const shape = PipelineProject.shape as Record<string, { description?: string; meta: () => { type?: string } | undefined }>;
  const out = Object.keys(shape)
    .filter((k) => k.startsWith("sector") && shape[k]?.meta()?.type === "yes/no" && (p as Record<string, unknown>)[k] === true)
    // One description in the schema is the whole column title ("... - Policy sector - X - (Value)"): keep X.
    .map((k) => (shape[k]?.description ?? k).replace(/^.* - Policy sector - (.+) - \(Value\)$/, "$1"));
  return out.length > 0 ? out : ["Not recorded"];
}

let cached: Promise<TypologyStudy> | undefined;

/** Every figure of the notebook, from the real data: classification, evaluation, errors and field coverage. */
export function typologyStudy(): Promise<TypologyStudy> {
  cached ??= loadStudyInput().then(compute);
  return cached;
}

function compute(input: StudyInput): TypologyStudy {
  const indigoOn = input.indigo.map((d) => classify(d));
  const indigoOff = input.indigo.map((d) => classify(d, { useText: false }));
  const pipelineOn = input.pipeline.map((d) => classify(d));
  const pipelineOff = input.pipeline.map((d) => classify(d, { useText: false }));

  const indigo = classifyDataset({
    key: "indigo",
    what: "INDIGO projects",
    descriptions: input.indigo,
    on: indigoOn,
    off: indigoOff,
    sectors: input.projects.map((p) => [p.policySector ?? "Not recorded"]),
  });
  const pipeline = classifyDataset({
    key: "pipeline",
    what: "Pipeline records",
    descriptions: input.pipeline,
    on: pipelineOn,
    off: pipelineOff,
    sectors: input.pipelines.map(pipelineSectors),
  });

  // INDIGO by year the outcomes contract was signed.
  const yearCounts = new Map<string, number>();
  let withoutYear = 0;
  input.projects.forEach((p, i) => {
    const year = p.dateOutcomesContractSigned?.slice(0, 4);
    if (year === undefined || !/^\d{4}$/.test(year)) {
      withoutYear++;
      return;
    }
    const key = `${year}\u0000${indigoOn[i]?.type ?? "unclassified"}`;
    yearCounts.set(key, (yearCounts.get(key) ?? 0) + 1);
  });
  const byYear: YearRow[] = [...yearCounts]
    .map(([k, projects]) => {
      const [year = "", code = ""] = k.split("\u0000");
      return { year, type: typeName(code), code, projects };
    })
    .sort((a, b) => a.year.localeCompare(b.year) || byOrder(a.code, b.code))
    .map(({ year, type, projects }) => ({ year, type, projects }));
  const years = [...new Set(byYear.map((r) => r.year))];
  const yearTypes = indigo.byType.map((t) => t.type);
  const yearTable: TableData = {
    id: "indigo-type-by-year",
    caption: "INDIGO projects by year the outcomes contract was signed and type",
    columns: [{ title: "Year" }, ...yearTypes.map((t) => ({ title: t, numeric: true })), { title: "Projects", numeric: true }],
    rows: years.map((y) => {
      const cells = yearTypes.map((t) => byYear.find((r) => r.year === y && r.type === t)?.projects ?? 0);
      return [y, ...cells, cells.reduce((a, b) => a + b, 0)];
    }),
  };

  // Evaluation.
  const pe = evaluatePipeline(input.pipelines, pipelineOn, pipelineOff);
  const ie = evaluateIndigo(input.projects, indigoOff);
  const truthLabels: string[] = Object.values(PIPELINE_FLAG_LABELS);
  const predicted = [
    ...truthLabels,
    ...[...new Set(Object.values(pe.withText.confusion).flatMap((r) => Object.keys(r)))]
      .filter((l) => !truthLabels.includes(l))
      .sort((a, b) => (a === "unclassified" ? 1 : b === "unclassified" ? -1 : a.localeCompare(b))),
  ];
  const confusion: TableData = {
    id: "pipeline-confusion",
    caption: `Confusion matrix: ${sum(Object.values(pe.withText.confusion).map((r) => sum(Object.values(r))))} pipeline records with exactly one instrument flag, true type (rows) against the classifier's answer with text cues on (columns)`,
    columns: [
      { title: "Flag says \\ classifier says" },
      ...predicted.map((l) => ({ title: labelName(l), numeric: true })),
      { title: "Records", numeric: true },
    ],
    rows: truthLabels
      .filter((t) => pe.withText.confusion[t] !== undefined)
      .map((t) => {
        const row = pe.withText.confusion[t] ?? {};
        return [labelName(t), ...predicted.map((l) => row[l] ?? 0), sum(Object.values(row))];
      }),
  };
  const perClassRows = pe.withText.perClass.filter((c) => c.label !== "unclassified");
  const offByLabel = new Map(pe.structureOnly.perClass.map((c) => [c.label, c]));
  const share = (x: number | null | undefined): Cell => (x === null || x === undefined ? "n/a" : percent(x));
  const perClass: TableData = {
    id: "pipeline-per-class",
    caption: "Precision and recall per type on the single-label pipeline records (n/a: the type was never the truth, or never predicted)",
    columns: [
      { title: "Type" },
      { title: "Records (support)", numeric: true },
      { title: "Precision, text cues on", numeric: true },
      { title: "Recall, text cues on", numeric: true },
      { title: "Recall, structure only", numeric: true },
    ],
    rows: perClassRows.map((c) => [
      labelName(c.label),
      c.support,
      share(c.precision),
      share(c.recall),
      share(offByLabel.get(c.label)?.recall),
    ]),
  };
  const indigoChecks: TableData = {
    id: "indigo-checks",
    caption: "INDIGO projects, structure only (text cues off): called an impact bond, and the SIB/DIB split against the name",
    columns: [
      { title: "Projects" },
      { title: "Records", numeric: true },
      { title: "Called SIB", numeric: true },
      { title: "Called DIB", numeric: true },
      { title: "Unclassified", numeric: true },
    ],
    rows: [
      [
        "All projects",
        ie.projects,
        indigo.structureOnly.find((t) => t.code === "social_impact_bond")?.records ?? 0,
        indigo.structureOnly.find((t) => t.code === "development_impact_bond")?.records ?? 0,
        ie.unclassified,
      ],
      [
        "Name says DIB or Development Impact Bond",
        ie.dibNamed.named,
        ie.dibNamed.calledSib,
        ie.dibNamed.calledDib,
        ie.dibNamed.unclassified,
      ],
      ["Name says SIB or Social Impact Bond", ie.sibNamed.named, ie.sibNamed.calledSib, ie.sibNamed.calledDib, ie.sibNamed.unclassified],
    ],
  };

  // Errors: the pipeline's (published answer), and INDIGO's (structure only).
  const truthById = new Map(pipelineLabels(input.pipelines).map((t) => [t.id, t.truth as readonly string[]]));
  const wrong = new Set(pe.withText.errors.map((e) => e.id));
  const pipelineCases: ErrorCase[] = input.pipeline.flatMap((d, i) => {
    const c = pipelineOn[i];
    return c !== undefined && wrong.has(d.id)
      ? [{ id: d.id, name: d.name, description: d, classification: c, truth: truthById.get(d.id) ?? [] }]
      : [];
  });
  const indigoCases: ErrorCase[] = input.indigo.flatMap((d, i) => {
    const c = indigoOff[i];
    return c === undefined
      ? []
      : [{ id: d.id, name: d.name, description: d, classification: c, truth: ["social_impact_bond or development_impact_bond"] }];
  });

  const coverage = fieldCoverage(input);
  const pipelineRead = input.pipelines.map((p) => inferPipelineDescription(p).description);
  const cov = (n: number | null, of: number): Cell => (n === null ? "not recorded" : `${percent(n / of)} (${n})`);

  const { withText, structureOnly, ...peRest } = pe;
  return {
    snapshots: input.snapshots,
    accounting: input.accounting,
    typology: TYPOLOGY.map((t) => ({ ...t, plainFeatures: t.features.map(plainFeature) })),
    fieldLabels: { ...FIELD_LABELS },
    rules: RULES.map((r) => ({ id: r.id, kind: r.kind, describe: r.describe })),
    indigo: { ...indigo, byYear, yearTable, withoutYear, years: years.length },
    pipeline,
    evaluation: {
      pipeline: {
        ...peRest,
        accuracy: withText.accuracy,
        correct: withText.correct,
        structureOnlyAccuracy: structureOnly.accuracy,
        structureOnlyCorrect: structureOnly.correct,
        singleLabel: withText.scored - withText.multiLabel.records,
        multiLabel: withText.multiLabel,
        errors: withText.errors.length,
      },
      indigo: ie,
      payers: indigoPayerCheck(input.projects, input.context, input.indigo, indigoOff),
      confusion,
      perClass,
      perClassRows,
      indigoChecks,
    },
    errors: {
      pipeline: errorPatterns(pipelineCases, PIPELINE_PATTERNS),
      indigo: errorPatterns(indigoCases, INDIGO_PATTERNS),
    },
    coverage,
    reference: referenceStudy(input, { indigo: indigoOn, pipeline: pipelineOn }),
    extension: extensionStudy(input, indigoOn, {
      descriptions: pipelineRead,
      classifications: pipelineRead.map((d) => classify(d)),
    }),
    coverageTable: {
      id: "field-coverage",
      caption: `Fields an Outcomes-based Contracts Dataset needs, and the share of records that know each today (INDIGO: ${input.projects.length} projects; pipeline: ${input.pipelines.length} records)`,
      // The shares come right after the field, so a phone shows them without scrolling sideways.
      columns: [
        { title: "What is recorded" },
        { title: "INDIGO projects known", numeric: true },
        { title: "Pipeline records known", numeric: true },
        { title: "What it settles" },
      ],
      // How each share was counted is in the technical notes' table of the same fields: a fifth
      // column of long explanations ran off the page at 1280 px.
      rows: coverage.map((r) => [r.label, cov(r.indigo, input.projects.length), cov(r.pipeline, input.pipelines.length), r.settles]),
    },
  };
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}
