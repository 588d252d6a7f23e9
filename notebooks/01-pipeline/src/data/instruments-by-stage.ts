import type { PipelineProject } from "@hnl/data";
import { INSTRUMENT_FLAGS } from "./instruments.ts";
import { NOT_RECORDED } from "./stages.ts";

export interface InstrumentStageCell {
  [key: string]: string | number;
  instrument: string;
  /** The instrument's label on the chart axis. */
  short: string;
  stage: string;
  /** The stage's position in the pipeline order, for stacking. */
  stageIndex: number;
  projects: number;
}

/**
 * Each instrument flag (Yes) by stage of development: a record flagging two instruments counts
 * under both. Every instrument gets a cell for every stage in `order`, zeros included.
 */
export function instrumentsByStage(records: readonly PipelineProject[], order: readonly string[]): InstrumentStageCell[] {
  return INSTRUMENT_FLAGS.flatMap(({ field, label, short }) =>
    order.map((stage, stageIndex) => ({
      instrument: label,
      short,
      stage,
      stageIndex,
      projects: records.filter((r) => r[field] === true && (r.stageDevelopmentStage ?? NOT_RECORDED) === stage).length,
    })),
  );
}
