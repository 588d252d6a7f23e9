// The comparison of the pipeline with the INDIGO Impact Bond Dataset, with everything the page says
// about it: the aligned shares, the bases, what is left out and which differences stand out.
import { type Proportion, proportion } from "@hnl/analysis";
import type { PipelineProject } from "@hnl/data";
import { PIPELINE_ONLY_SECTORS } from "./category-alignment.ts";
import { indigoComparable, pipelineComparable } from "./comparable-project.ts";
import { type ComparisonRow, compareWithIndigo, type IndigoComparison } from "./indigo-comparison.ts";
import type { IndigoProjects } from "./indigo-projects.ts";
import type { PipelineVariables } from "./pipeline-variables.ts";

export interface VersusIndigo extends IndigoComparison {
  dataset: string;
  snapshot: string;
  /** Impact bonds read. */
  indigoTotal: number;
  /** Pipeline records read. */
  pipelineTotal: number;
  /** Pipeline projects flagging a sector the Impact Bond Dataset lacks, per sector (zeros left out). */
  pipelineOnlySectors: { label: string; projects: number }[];
  /** Pipeline projects flagging no impact bond: what INDIGO's impact bonds would not show. */
  notImpactBond: Proportion;
  /** Pipeline projects flagging an impact bond that also flag an outcomes fund, and impact bonds linked to one. */
  bondsInFunds: { pipeline: Proportion; indigo: Proportion };
  /** Rows whose 95% intervals do not overlap, largest gap first. */
  differences: ComparisonRow[];
  /** Rows read per Impact Bond Dataset file used. */
  accounting: IndigoProjects["accounting"];
}

/**
 * The pipeline's records (with their populated regions) set against the Impact Bond Dataset's
 * projects in the aligned categories.
 *
 * @example
 * versusIndigo(records, variables, await loadIndigoProjects()).differences[0].category // "Europe"
 */
export function versusIndigo(
  records: readonly PipelineProject[],
  variables: readonly Pick<PipelineVariables, "regions">[],
  indigo: IndigoProjects,
): VersusIndigo {
  const pipeline = records.map((r, i) => pipelineComparable(r, variables[i]?.regions?.value ?? null));
  const bonds = indigo.projects.map(indigoComparable);
  const comparison = compareWithIndigo(pipeline, bonds);
  const gap = (r: ComparisonRow) => Math.abs((r.pipeline.value ?? 0) - (r.indigo?.value ?? 0));
  const pipelineBonds = records.filter((r) => r.instrumentImpactBond === true);
  return {
    ...comparison,
    dataset: indigo.dataset,
    snapshot: indigo.snapshot,
    indigoTotal: indigo.projects.length,
    pipelineTotal: records.length,
    pipelineOnlySectors: PIPELINE_ONLY_SECTORS.map((s) => ({
      label: s.label,
      projects: records.filter((r) => r[s.field] === true).length,
    })).filter((s) => s.projects > 0),
    notImpactBond: proportion(records.length - pipelineBonds.length, records.length),
    bondsInFunds: {
      pipeline: proportion(pipelineBonds.filter((r) => r.instrumentOutcomesFund === true).length, pipelineBonds.length),
      indigo: proportion(indigo.projects.filter((p) => p.inOutcomesFund).length, indigo.projects.length),
    },
    differences: comparison.rows.filter((r) => r.difference !== null).sort((a, b) => gap(b) - gap(a)),
    accounting: indigo.accounting,
  };
}
