// The records this notebook classifies, read once through the typed loaders of @hnl/data and
// turned into ContractDescriptions by the adapters of @hnl/typology.
import {
  type DataDir,
  type DeliveryLocation,
  type Investment,
  indigoImpactBondDataset,
  indigoPipelineDataset,
  type LoadResult,
  type Organisation,
  type OutcomeFund,
  type OutcomePaymentCommitment,
  type PipelineProject,
  type Project,
  resolveDataDir,
} from "@hnl/data";
import { type ContractDescription, fromIndigoProjects, fromPipelineProject, type IndigoContext } from "@hnl/typology";

export interface StudyInput {
  projects: Project[];
  pipelines: PipelineProject[];
  /** One description per project, in the order of `projects`. */
  indigo: ContractDescription[];
  /** One description per pipeline record, in the order of `pipelines`. */
  pipeline: ContractDescription[];
  /** The INDIGO tables the adapter reads, kept for the checks the adapter output cannot answer. */
  context: IndigoContext;
  outcomeFunds: OutcomeFund[];
  accounting: { file: string; rowsIn: number; accepted: number; rejected: number }[];
  snapshots: { indigo: string; pipeline: string };
}

/** The records of one loaded table: `DatasetLoad` is keyed by table name and typed `unknown`. */
function records<T>(load: Record<string, LoadResult<unknown>>, name: string): { result: LoadResult<unknown>; rows: T[] } {
  const result = load[name];
  if (result === undefined) throw new Error(`The dataset load has no table ${name}.`);
  return { result, rows: result.records as T[] };
}

let cached: Promise<StudyInput> | undefined;

/**
 * Loads the INDIGO Impact Bond Dataset and the Pipeline Dataset (strict: a bad row fails the
 * build rather than thinning the figures) and builds a ContractDescription for every record.
 * Cached per process: every loader and test of the notebook sees the same records.
 */
export function loadStudyInput(dataDir: DataDir = resolveDataDir()): Promise<StudyInput> {
  cached ??= read(dataDir);
  return cached;
}

async function read(dataDir: DataDir): Promise<StudyInput> {
  const ib = await indigoImpactBondDataset.load(dataDir, { mode: "strict" });
  const pl = await indigoPipelineDataset.load(dataDir, { mode: "strict" });
  const projects = records<Project>(ib, "projects");
  const locations = records<DeliveryLocation>(ib, "delivery_locations");
  const commitments = records<OutcomePaymentCommitment>(ib, "outcome_payment_commitments");
  const investments = records<Investment>(ib, "investments");
  const organisations = records<Organisation>(ib, "organisations");
  const outcomeFunds = records<OutcomeFund>(ib, "outcome_funds");
  const pipelines = records<PipelineProject>(pl, "pipelines");
  const context: IndigoContext = {
    locations: locations.rows,
    commitments: commitments.rows,
    investments: investments.rows,
    organisations: organisations.rows,
  };
  const used = [projects, locations, commitments, investments, organisations, outcomeFunds, pipelines];
  return {
    projects: projects.rows,
    pipelines: pipelines.rows,
    indigo: fromIndigoProjects(projects.rows, context),
    pipeline: pipelines.rows.map(fromPipelineProject),
    context,
    outcomeFunds: outcomeFunds.rows,
    accounting: used.map(({ result }) => ({ file: result.provenance.files[0]?.path ?? "", ...result.accounting })),
    snapshots: { indigo: projects.result.provenance.snapshot, pipeline: pipelines.result.provenance.snapshot },
  };
}
