// Today's records mapped into the Outcomes-based Contracts extension of the INDIGO data standard,
// validated against its JSON Schema, and the coverage each new field would have today.
import {
  type Classification,
  type ContractDescription,
  OBC_EXTENSION_SCHEMA,
  OBC_PROPERTY,
  type OutcomesBasedContractBlock,
  validateOutcomesBasedContract,
} from "@hnl/typology";
import type { StudyInput } from "./study-input.ts";
import { percent, type TableData } from "./table-data.ts";

/** One record in the extension: its ID and the block; the standard's own properties are not repeated. */
export interface ExtensionRecord {
  id: string;
  [OBC_PROPERTY]: OutcomesBasedContractBlock;
}

const ISO2 = /^[A-Z]{2}$/;

/**
 * A record's block, from what is recorded about it and never from an assumption: INDIGO's
 * instrument ("contract") and pooling ("no") are assumed by its reading and so left out; a type
 * only when the classifier gives one; outcome payers with the organisation and the country it is
 * based in where INDIGO records them.
 */
export function toExtensionRecord(
  d: ContractDescription,
  c: Classification,
  o: {
    assumed: readonly ("instrument" | "pooledFundForMultipleContracts")[];
    payers?: { id: string | null; basedIn: string | null }[];
    fund?: string;
  },
): ExtensionRecord {
  const block: OutcomesBasedContractBlock = {};
  if (c.type !== "unclassified") block.contract_type = c.type;
  if (d.instrument !== undefined && d.instrument !== "unknown" && !o.assumed.includes("instrument")) block.instrument = d.instrument;
  if (d.pooledFundForMultipleContracts !== undefined && !o.assumed.includes("pooledFundForMultipleContracts"))
    block.pooled_fund_for_multiple_contracts = d.pooledFundForMultipleContracts;
  if (o.fund !== undefined) block.paid_by_outcomes_fund = o.fund;
  if (d.shareOfPaymentContingent !== undefined) block.share_of_payment_contingent = d.shareOfPaymentContingent;
  const prefinance = (d.upfrontFinance ?? []).flatMap((f) =>
    f.type === "unknown"
      ? []
      : [
          {
            kind: f.type,
            ...(f.repaymentContingentOnOutcomes === undefined ? {} : { repayment_contingent_on_outcomes: f.repaymentContingentOnOutcomes }),
          },
        ],
  );
  if (prefinance.length > 0) block.prefinance = prefinance;
  const payers = (d.outcomePayers ?? []).flatMap((p, i) => {
    if (p.type === "unknown") return [];
    const known = o.payers?.[i];
    return [
      {
        kind: p.type,
        ...(known?.id ? { organisation_id: known.id } : {}),
        ...(known?.basedIn && ISO2.test(known.basedIn) ? { based_in: known.basedIn } : {}),
      },
    ];
  });
  if (payers.length > 0) block.outcome_payers = payers;
  return { id: d.id, [OBC_PROPERTY]: block };
}

/**
 * The new fields, with a test of whether a record knows each: a list field only when every entry
 * of the record is known (a payer of unknown kind, left out of the block, leaves it unknown).
 */
const FIELDS: { field: string; label: string; known: (b: OutcomesBasedContractBlock, d: ContractDescription) => boolean }[] = [
  { field: "contract_type", label: "Type of outcomes-based contract", known: (b) => b.contract_type !== undefined },
  { field: "instrument", label: "Legal or financial instrument", known: (b) => b.instrument !== undefined },
  {
    field: "pooled_fund_for_multiple_contracts",
    label: "Pooled fund paying several contracts",
    known: (b) => b.pooled_fund_for_multiple_contracts !== undefined,
  },
  { field: "paid_by_outcomes_fund", label: "The outcomes fund that pays it", known: (b) => b.paid_by_outcomes_fund !== undefined },
  {
    field: "share_of_payment_contingent",
    label: "Share of payment that depends on outcomes",
    known: (b) => b.share_of_payment_contingent !== undefined,
  },
  {
    field: "prefinance[].kind",
    label: "Who pre-finances",
    known: (b, d) => (b.prefinance?.length ?? 0) > 0 && b.prefinance?.length === d.upfrontFinance?.length,
  },
  {
    field: "prefinance[].repayment_contingent_on_outcomes",
    label: "Whether pre-finance is repaid only on outcomes",
    known: (b, d) =>
      (b.prefinance?.length ?? 0) > 0 &&
      b.prefinance?.length === d.upfrontFinance?.length &&
      (b.prefinance ?? []).every((f) => f.repayment_contingent_on_outcomes !== undefined),
  },
  {
    field: "outcome_payers[].kind",
    label: "What kind of body pays for outcomes",
    known: (b, d) => (b.outcome_payers?.length ?? 0) > 0 && b.outcome_payers?.length === d.outcomePayers?.length,
  },
  {
    field: "outcome_payers[].based_in",
    label: "Where the outcome payers are based",
    known: (b, d) =>
      (b.outcome_payers?.length ?? 0) > 0 &&
      b.outcome_payers?.length === d.outcomePayers?.length &&
      (b.outcome_payers ?? []).every((p) => p.based_in !== undefined),
  },
];

export interface ExtensionStudy {
  schema: typeof OBC_EXTENSION_SCHEMA;
  indigo: { records: number; valid: number };
  pipeline: { records: number; valid: number };
  /** The first problems of invalid records ("ID /path: message"), none when every record is valid. */
  problems: string[];
  coverage: { field: string; label: string; indigo: number; pipeline: number }[];
  coverageTable: TableData;
  /** One mapped record of each dataset, as examples. */
  examples: ExtensionRecord[];
  /** Every mapped record, INDIGO first (for the download). */
  records: ExtensionRecord[];
}

/**
 * Maps every INDIGO project (published reading) and every pipeline record (read with its flags and
 * notes) into the extension, validates each against the schema and counts, for each new field,
 * the records that know it today.
 */
export function extensionStudy(
  input: StudyInput,
  indigo: readonly Classification[],
  pipeline: { descriptions: readonly ContractDescription[]; classifications: readonly Classification[] },
): ExtensionStudy {
  const orgs = new Map(input.context.organisations.map((o) => [o.id, o]));
  const commitments = new Map<string, { id: string | null; basedIn: string | null }[]>();
  for (const c of input.context.commitments) {
    const org = c.organisationId === null ? undefined : orgs.get(c.organisationId);
    const basedIn = org?.jurisdiction ?? (org?.country && ISO2.test(org.country) ? org.country : null);
    commitments.set(c.projectId, [...(commitments.get(c.projectId) ?? []), { id: c.organisationId, basedIn }]);
  }
  const fund = new Map(input.outcomeFunds.flatMap((f) => (f.id === null ? [] : [[f.projectId, f.id] as const])));
  const indigoRecords = input.indigo.map((d, i) =>
    toExtensionRecord(d, indigo[i] as Classification, {
      assumed: ["instrument", "pooledFundForMultipleContracts"],
      payers: commitments.get(d.id) ?? [],
      ...(fund.get(d.id) ? { fund: fund.get(d.id) as string } : {}),
    }),
  );
  const pipelineRecords = pipeline.descriptions.map((d, i) =>
    toExtensionRecord(d, pipeline.classifications[i] as Classification, { assumed: [] }),
  );
  const problems: string[] = [];
  const valid = (records: readonly ExtensionRecord[]) =>
    records.filter((r) => {
      const errors = validateOutcomesBasedContract(r);
      problems.push(...errors.slice(0, 1).map((e) => `${r.id} ${e}`));
      return errors.length === 0;
    }).length;
  const coverage = FIELDS.map((f) => ({
    field: f.field,
    label: f.label,
    indigo: indigoRecords.filter((r, i) => f.known(r[OBC_PROPERTY], input.indigo[i] as ContractDescription)).length,
    pipeline: pipelineRecords.filter((r, i) => f.known(r[OBC_PROPERTY], pipeline.descriptions[i] as ContractDescription)).length,
  }));
  const share = (n: number, of: number) => `${percent(n / of)} (${n})`;
  return {
    schema: OBC_EXTENSION_SCHEMA,
    indigo: { records: indigoRecords.length, valid: valid(indigoRecords) },
    pipeline: { records: pipelineRecords.length, valid: valid(pipelineRecords) },
    problems: problems.slice(0, 10),
    coverage,
    coverageTable: {
      id: "extension-coverage",
      caption: `The new fields of the extension, and the share of records that would fill each today (INDIGO: ${indigoRecords.length} projects; pipeline: ${pipelineRecords.length} records, read with their flags and notes)`,
      columns: [{ title: "New field" }, { title: "INDIGO projects", numeric: true }, { title: "Pipeline records", numeric: true }],
      rows: coverage.map((c) => [c.label, share(c.indigo, indigoRecords.length), share(c.pipeline, pipelineRecords.length)]),
    },
    records: [...indigoRecords, ...pipelineRecords],
    examples: [
      indigoRecords.find((r) => r.id === "INDIGO-POJ-0014") ?? indigoRecords[0],
      pipelineRecords.find((r) => r.id === "INDIGO-PL-0031") ?? pipelineRecords[0],
    ].filter((r): r is ExtensionRecord => r !== undefined),
  };
}
