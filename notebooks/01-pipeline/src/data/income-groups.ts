import type { PipelineProject } from "@hnl/data";
import { type Flag, type FlagCount, flagCounts } from "./flag-counts.ts";

/** The pipeline's own income-group flags (World Bank groups as the respondents recorded them), poorest first. */
export const INCOME_FLAGS: readonly Flag[] = [
  { field: "incomeLowIncome", label: "Low income", short: "Low income" },
  { field: "incomeLowerMiddleIncome", label: "Lower-middle income", short: "Lower-middle income" },
  { field: "incomeUpperMiddleIncome", label: "Upper-middle income", short: "Upper-middle income" },
  { field: "incomeHighIncome", label: "High income", short: "High income" },
];

export interface IncomeGroups {
  rows: FlagCount[];
  /** Records in two or more income groups (multi-country projects). */
  several: number;
  /** Records with Yes to no income group. */
  none: number;
}

/** Records by the income group of the countries they serve; a record may be in several groups. */
export function incomeGroups(records: readonly PipelineProject[]): IncomeGroups {
  const yes = (r: PipelineProject) => INCOME_FLAGS.filter((f) => r[f.field] === true).length;
  return {
    rows: flagCounts(records, INCOME_FLAGS),
    several: records.filter((r) => yes(r) >= 2).length,
    none: records.filter((r) => yes(r) === 0).length,
  };
}
