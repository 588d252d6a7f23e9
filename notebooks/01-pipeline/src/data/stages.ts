import { rate } from "@hnl/analysis";
import type { PipelineProject } from "@hnl/data";

/** The pipeline's stages of development, from first scoping to the table of final negotiations. */
export const STAGE_ORDER = ["Scoping", "Early stage", "Late stage", "Final negotiations"] as const;
export const NOT_RECORDED = "Not recorded";
/** The funnel's last steps: projects marked launched, and current projects with no stage. */
export const LAUNCHED = "Launched";
export const NO_STAGE = "Stage not recorded";

export interface StageRow {
  [key: string]: string | number;
  stage: string;
  projects: number;
  /** "29 of 132 (22%)". */
  share: string;
  launched: number;
}

/** One step of the funnel: a stage of development (current projects only), then the launched ones. */
export interface FunnelStep {
  [key: string]: string | number;
  step: string;
  projects: number;
  /** "58 of 132 (44%)". */
  share: string;
  /** The bar's label: "58 (44%)". */
  label: string;
}

export interface Stages {
  /**
   * The pipeline as a funnel: current projects by stage in pipeline order, then the projects
   * marked launched (whatever stage they record), then those with no stage; steps of 0 left out.
   */
  funnel: FunnelStep[];
  /** One row per stage in `order`. */
  rows: StageRow[];
  /** Stages in pipeline order; values outside STAGE_ORDER follow it, then "Not recorded". */
  order: string[];
  states: { state: string; projects: number }[];
  launched: number;
  /** Current (not launched) records scoping or at an early stage: "69 of 132 (52%)". */
  beforeLateStage: string;
  /** The recorded stages of the launched records, e.g. { stage: "Final negotiations", projects: 1 }. */
  launchedStages: { stage: string; projects: number }[];
}

/**
 * Records by stage of development, in pipeline order: as recorded (`rows`; a "Launched" record
 * keeps the stage it records) and as a funnel (`funnel`; launched records form their own step).
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
  const launchedRecords = records.filter((r) => r.stateDevelopmentState === "Launched");
  const current = records.filter((r) => r.stateDevelopmentState !== "Launched");
  const step = (name: string, projects: number): FunnelStep => {
    const r = rate(projects, records.length);
    return { step: name, projects, share: r.label, label: `${projects} (${Math.round((r.value ?? 0) * 100)}%)` };
  };
  const funnel = [
    ...order
      .filter((s) => s !== NOT_RECORDED)
      .map((stage) =>
        step(
          stage,
          count(current, (r) => stageOf(r) === stage),
        ),
      ),
    step(LAUNCHED, launchedRecords.length),
    step(
      NO_STAGE,
      count(current, (r) => stageOf(r) === NOT_RECORDED),
    ),
  ].filter((x) => x.projects > 0);
  return {
    funnel,
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
      count(current, (r) => r.stageDevelopmentStage === "Scoping" || r.stageDevelopmentStage === "Early stage"),
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
