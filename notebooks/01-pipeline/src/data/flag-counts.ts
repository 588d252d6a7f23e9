import { rate } from "@hnl/analysis";
import type { PipelineProject } from "@hnl/data";

/** The yes/no fields of a pipeline record (Yes = true, No = false, blank or "TBD" = null). */
export type FlagField = { [K in keyof PipelineProject]: PipelineProject[K] extends boolean | null ? K : never }[keyof PipelineProject];

/** One yes/no field, its name for tables and a short name (at most 21 characters) for chart axes. */
export interface Flag {
  field: FlagField;
  label: string;
  short: string;
}

/** How many records answer Yes to a flag, with the denominator and the unanswered count beside it. */
export interface FlagCount {
  [key: string]: string | number;
  label: string;
  /** The label on the chart's axis. */
  short: string;
  field: string;
  /** Records answering Yes. */
  projects: number;
  /** Records answering No. */
  no: number;
  /** Records leaving it blank or "TBD". */
  notAnswered: number;
  /** "33 of 132 (25%)": Yes over all records. */
  share: string;
}

/**
 * Counts Yes, No and unanswered for each flag, over all records (so shares use the same base,
 * and a record can count under several flags), in the order the flags are given.
 *
 * @example
 * flagCounts(records, [{ field: "instrumentImpactBond", label: "Impact bond", short: "Impact bond" }])
 * // [{ label: "Impact bond", short: "Impact bond", field: "instrumentImpactBond", projects: 33, no: 94, notAnswered: 5, share: "33 of 132 (25%)" }]
 */
export function flagCounts(records: readonly PipelineProject[], flags: readonly Flag[]): FlagCount[] {
  return flags.map(({ field, label, short }) => {
    const projects = records.filter((r) => r[field] === true).length;
    const no = records.filter((r) => r[field] === false).length;
    return { label, short, field, projects, no, notAnswered: records.length - projects - no, share: rate(projects, records.length).label };
  });
}

/** How many of the flags each record answers Yes to: { flagsYes: 0, projects: 21 }, ... in order of flagsYes. */
export function yesPerRecord(records: readonly PipelineProject[], flags: readonly Flag[]): { flagsYes: number; projects: number }[] {
  const counts = new Map<number, number>();
  for (const r of records) {
    const n = flags.filter((f) => r[f.field] === true).length;
    counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([flagsYes, projects]) => ({ flagsYes, projects }));
}
