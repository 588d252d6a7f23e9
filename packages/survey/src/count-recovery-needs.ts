import type { Horizon } from "./column-map.js";
import { type Base, countTicks, type TickCount } from "./count-ticks.js";
import type { MappedSurvey } from "./resolve-column-map.js";
import type { TidySurvey } from "./tidy-survey.js";

/** Respondents naming a need for one horizon, out of those who answered that need's row of the grid. */
export interface NeedCount extends TickCount {
  /** The need (the grid's row, or its short label from the column map), e.g. `Additional funding`. */
  row: string;
  /** The horizon, as the column map names it. */
  column: Horizon;
}

/**
 * Counts recovery needs by horizon: for each need (a row of the grid, under the column map's
 * short label when it gives one) and horizon, the
 * respondents who ticked it, out of those who ticked any box of that row. A respondent may name
 * a need for more than one horizon, so a row's counts can add up to more than its base.
 *
 * @example
 * countRecoveryNeeds(tidy, survey).find((c) => c.row === "Additional funding" && c.column === "short")
 * // { row: "Additional funding", column: "short", item: "3.6.1", count: ..., denominator: 257 }
 */
export function countRecoveryNeeds(tidy: TidySurvey, survey: MappedSurvey, options: { base?: Base } = {}): NeedCount[] {
  const { items, horizons, rowLabels } = survey.recovery;
  const byCode = new Map(items.map((i) => [i.item.code, i.item]));
  return countTicks(tidy, items, options).flatMap((c) => {
    const grid = byCode.get(c.item)?.grid;
    const horizon = grid === null || grid === undefined ? undefined : horizons[grid.column];
    return grid === null || grid === undefined || horizon === undefined
      ? []
      : [{ ...c, row: rowLabels[grid.row] ?? grid.row, column: horizon }];
  });
}
