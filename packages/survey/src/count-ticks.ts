import type { RespondentGroups } from "./group-respondents.js";
import type { MappedItem } from "./resolve-column-map.js";
import type { TidySurvey } from "./tidy-survey.js";

/** Which respondents a share is of. */
export type Base = "answered" | "complete";

/** Respondents who ticked an item, out of those in the row's group who answered its question. */
export interface TickCount {
  /** The group (a sector, a size band), or `All respondents`. */
  row: string;
  /** The item's label. */
  column: string;
  /** The item's code. */
  item: string;
  count: number;
  denominator: number;
}

export const ALL_RESPONDENTS = "All respondents";

/**
 * Counts, for each item and group, the respondents who ticked it and the base they are a share
 * of. The base is the respondents who answered the item's question, that is ticked at least one
 * box of its group (a skipped question is not a "no"); with `base: "complete"`, only those who
 * also reached the end of the survey. Without `groups`, one row: all respondents.
 *
 * @example
 * countTicks(tidy, survey.themes.modes.items)
 * // [{ row: "All respondents", column: "Moved online", item: "1.2", count: 218, denominator: 344 }, ...]
 */
export function countTicks(
  tidy: TidySurvey,
  items: readonly MappedItem[],
  options: { groups?: RespondentGroups; base?: Base } = {},
): TickCount[] {
  const complete = new Map(tidy.respondents.map((r) => [r.respondent, r.complete]));
  const wanted = new Set(items.map((i) => i.item.code));
  const answers = new Map<string, { respondent: string; value: boolean }[]>();
  for (const a of tidy.answers) {
    if (!wanted.has(a.item) || typeof a.value !== "boolean") continue;
    if (options.base === "complete" && complete.get(a.respondent) !== true) continue;
    const list = answers.get(a.item) ?? [];
    list.push({ respondent: a.respondent, value: a.value });
    answers.set(a.item, list);
  }
  const groups = options.groups;
  const rows = groups === undefined ? [ALL_RESPONDENTS] : groups.order;
  const inRow = (row: string, respondent: string) => groups === undefined || (groups.of.get(respondent) ?? []).includes(row);
  return rows.flatMap((row) =>
    items.map(({ item, label }) => {
      const base = (answers.get(item.code) ?? []).filter((a) => inRow(row, a.respondent));
      return { row, column: label, item: item.code, count: base.filter((a) => a.value).length, denominator: base.length };
    }),
  );
}
