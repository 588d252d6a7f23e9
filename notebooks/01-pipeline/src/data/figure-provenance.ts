import type { FigureProvenance } from "@hnl/charts";
import type { PipelineSummary } from "./pipeline-summary.ts";

/** The provenance line of a figure on this page: the dataset, its snapshot, all records, and what was derived. */
export function figureProvenance(s: PipelineSummary, filters: string): FigureProvenance {
  return { dataset: s.dataset, snapshot: s.snapshot, rowsUsed: s.total, filters };
}
