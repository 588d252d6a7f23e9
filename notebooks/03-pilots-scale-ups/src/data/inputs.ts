// The INDIGO tables this notebook reads, loaded once per process through @hnl/data (every row
// validated, foreign keys checked) and given their record types.
import {
  type DeliveryLocation,
  type Document,
  type Fund,
  indigoImpactBondDataset,
  indigoPipelineDataset,
  type LoadResult,
  type Organisation,
  type OutcomeFund,
  type OutcomePaymentCommitment,
  type PipelineProject,
  type Project,
  type Result,
  resolveDataDir,
  type ServiceProvision,
} from "@hnl/data";

export interface ScaleInputs {
  projects: Project[];
  commitments: OutcomePaymentCommitment[];
  provisions: ServiceProvision[];
  projectFunds: OutcomeFund[];
  funds: Fund[];
  results: Result[];
  locations: DeliveryLocation[];
  organisations: Organisation[];
  /** The documents INDIGO lists for each project (case studies, evaluations), with their URLs. */
  documents: Document[];
  /** The Pipeline Dataset's projects: read only for GO Lab's income group of each country they serve. */
  pipelines: PipelineProject[];
  /** Rows read, accepted and rejected per source file used here, with the dataset's name for its table. */
  accounting: { table: (typeof TABLES)[number] | "pipelines"; file: string; rowsIn: number; accepted: number; rejected: number }[];
  snapshot: string;
}

const TABLES = [
  "projects",
  "outcome_payment_commitments",
  "service_provisions",
  "outcome_funds",
  "funds",
  "results",
  "delivery_locations",
  "organisations",
  "documents",
] as const;

let cached: Promise<ScaleInputs> | undefined;

/** Loads (once per process) the tables the notebook uses, from the data directory `resolveDataDir()` picks. */
export function loadScaleInputs(): Promise<ScaleInputs> {
  cached ??= load();
  return cached;
}

async function load(): Promise<ScaleInputs> {
  const all = await indigoImpactBondDataset.load(resolveDataDir(), { mode: "strict" });
  const pipelines = (await indigoPipelineDataset.load(resolveDataDir(), { mode: "strict" })).pipelines as LoadResult<PipelineProject>;
  // The dataset definition returns its tables untyped (Record<string, LoadResult<unknown>>); each
  // was validated against its zod schema, so the record type is the schema's.
  const table = <T>(name: (typeof TABLES)[number]): LoadResult<T> => all[name] as LoadResult<T>;
  const projects = table<Project>("projects");
  return {
    projects: projects.records,
    commitments: table<OutcomePaymentCommitment>("outcome_payment_commitments").records,
    provisions: table<ServiceProvision>("service_provisions").records,
    projectFunds: table<OutcomeFund>("outcome_funds").records,
    funds: table<Fund>("funds").records,
    results: table<Result>("results").records,
    locations: table<DeliveryLocation>("delivery_locations").records,
    organisations: table<Organisation>("organisations").records,
    documents: table<Document>("documents").records,
    pipelines: pipelines.records,
    accounting: [
      ...TABLES.map((name) => {
        const r = table<unknown>(name);
        return { table: name, file: r.provenance.files[0]?.path ?? name, ...r.accounting };
      }),
      { table: "pipelines" as const, file: pipelines.provenance.files[0]?.path ?? "pipelines", ...pipelines.accounting },
    ],
    snapshot: projects.provenance.snapshot,
  };
}
