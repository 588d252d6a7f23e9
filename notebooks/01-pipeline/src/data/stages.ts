import { rate } from "@hnl/analysis";
import type { PipelineProject } from "@hnl/data";

/** The pipeline's stages of development, from first scoping to the table of final negotiations. */
export const STAGE_ORDER = ["Scoping", "Early stage", "Late stage", "Final negotiations"] as const;
export const NOT_RECORDED = "Not recorded";

export interface StageCell {
  [key: string]: string | number;
  stage: string;
  /** State of development: "Current" or "Launched" (or "Not recorded"). */
  state: string;
  /** The state's position in the legend, for stacking. */
  stateIndex: number;
  projects: number;
}

export interface StageRow {
  [key: string]: string | number;
  stage: string;
  projects: number;
  /** "29 of 132 (22%)". */
  share: string;
  launched: number;
}

export interface Stages {
  /** Stage by state, for the stacked chart: every stage in `order` with every state seen. */
  cells: StageCell[];
  /** One row per stage in `order`. */
  rows: StageRow[];
  /** Stages in pipeline order; values outside STAGE_ORDER follow it, then "Not recorded". */
  order: string[];
  states: { state: string; projects: number }[];
  launched: number;
  /** Records scoping or at an early stage: "70 of 132 (53%)". */
  beforeLateStage: string;
  /** The recorded stages of the launched records, e.g. { stage: "Final negotiations", projects: 1 }. */
  launchedStages: { stage: string; projects: number }[];
}

/**
 * Records by stage of development, in pipeline order, split by state of development (a
 * "Launched" record keeps the stage it records, so both are shown side by side).
 */
export function stages(records: readonly PipelineProject[]): Stages {
  const stageOf = (r: PipelineProject) => r.stageDevelopmentStage ?? NOT_RECORDED;
  const stateOf = (r: PipelineProject) => r.stateDevelopmentState ?? NOT_RECORDED;
  const seen = new Set(records.map(stageOf));
  const extra = [...seen].filter((s) => !(STAGE_ORDER as readonly string[]).includes(s) && s !== NOT_RECORDED).sort();
  const order = [...STAGE_ORDER, ...extra, ...(seen.has(NOT_RECORDED) ? [NOT_RECORDED] : [])];
  const stateNames = [...new Set(records.map(stateOf))].sort(
    (a, b) => count(records, (r) => stateOf(r) === b) - count(records, (r) => stateOf(r) === a),
  );
  const cells = order.flatMap((stage) =>
    stateNames.map((state, stateIndex) => ({
      stage,
      state,
      stateIndex,
      projects: count(records, (r) => stageOf(r) === stage && stateOf(r) === state),
    })),
  );
  const launchedRecords = records.filter((r) => r.stateDevelopmentState === "Launched");
  return {
    cells,
    rows: order.map((stage) => {
      const projects = count(records, (r) => stageOf(r) === stage);
      return {
        stage,
        projects,
        share: rate(projects, records.length).label,
        launched: count(launchedRecords, (r) => stageOf(r) === stage),
      };
    }),
    order,
    states: stateNames.map((state) => ({ state, projects: count(records, (r) => stateOf(r) === state) })),
    launched: launchedRecords.length,
    beforeLateStage: rate(
      count(records, (r) => r.stageDevelopmentStage === "Scoping" || r.stageDevelopmentStage === "Early stage"),
      records.length,
    ).label,
    launchedStages: order
      .map((stage) => ({ stage, projects: count(launchedRecords, (r) => stageOf(r) === stage) }))
      .filter((s) => s.projects > 0),
  };
}

function count(records: readonly PipelineProject[], test: (r: PipelineProject) => boolean): number {
  return records.filter(test).length;
}
