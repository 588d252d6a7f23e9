// Every number the page shows, computed once from the typed load so every loader of the notebook agrees.
import { type Countries, countries } from "./countries.ts";
import { type CoverageRow, coverage } from "./coverage.ts";
import { type DataDefinition, dataDefinitions } from "./data-definitions.ts";
import { loadFxRates } from "./fx-rates.ts";
import { type Headline, headlines } from "./headlines.ts";
import { type IncomeGroups, incomeGroups } from "./income-groups.ts";
import { loadIndigoProjects } from "./indigo-projects.ts";
import { type InstrumentMix, instrumentMix } from "./instruments.ts";
import { type InstrumentStageCell, instrumentsByStage } from "./instruments-by-stage.ts";
import { type LaunchDates, launchDates } from "./launch-dates.ts";
import { loadPipeline } from "./pipeline-records.ts";
import { type PipelineVariables, populateVariables } from "./pipeline-variables.ts";
import { type Sectors, sectors } from "./sectors.ts";
import { type Sizes, sizes } from "./sizes.ts";
import { type Stages, stages } from "./stages.ts";
import { type VersusIndigo, versusIndigo } from "./versus-indigo.ts";

export interface PipelineSummary {
  dataset: string;
  snapshot: string;
  file: string;
  accounting: { rowsIn: number; accepted: number; rejected: number };
  total: number;
  /** The clean variables, populated per record with how each was read. */
  variables: PipelineVariables[];
  coverage: CoverageRow[];
  /** The FRED snapshot the conversions used. */
  fxSnapshot: string;
  headlines: Headline[];
  definitions: DataDefinition[];
  stages: Stages;
  instruments: InstrumentMix;
  instrumentsByStage: InstrumentStageCell[];
  countries: Countries;
  income: IncomeGroups;
  sectors: Sectors;
  launch: LaunchDates;
  sizes: Sizes;
  /** The pipeline against the INDIGO Impact Bond Dataset: regions, sectors and instruments. */
  vsIndigo: VersusIndigo;
}

/**
 * The pipeline, summarised: data definitions, stages, instruments, countries and regions, income
 * groups, sectors, launch dates and sizes, with the headline figures drawn from them.
 *
 * @example
 * const s = await pipelineSummary(); // s.total === 132
 */
export async function pipelineSummary(): Promise<PipelineSummary> {
  const { load, result, records, dataset, snapshot } = await loadPipeline();
  const rates = await loadFxRates();
  const variables = records.map((r) => populateVariables(r, rates));
  const parts = {
    total: records.length,
    stages: stages(records),
    instruments: instrumentMix(records),
    countries: countries(variables),
    income: incomeGroups(records),
    sizes: sizes(records, variables),
  };
  return {
    dataset,
    snapshot,
    file: result.provenance.files[0]?.path ?? "",
    accounting: result.accounting,
    ...parts,
    variables,
    coverage: coverage(variables),
    fxSnapshot: rates.snapshot,
    headlines: headlines(parts),
    definitions: dataDefinitions(load, records.length),
    instrumentsByStage: instrumentsByStage(records, parts.stages.order),
    sectors: sectors(records),
    launch: launchDates(records, variables),
    vsIndigo: versusIndigo(records, variables, await loadIndigoProjects()),
  };
}
