// Partial ISO dates (`2018`, `2018-03`, `2018-03-15`) as month counts, for ordering and gaps.

/**
 * Months since year 0 of a partial ISO date; a date given as a year only counts as January of
 * that year. Null for null.
 *
 * @example
 * monthIndex("2018-03") - monthIndex("2017-03") // 12
 */
export function monthIndex(date: string | null): number | null {
  if (date === null) return null;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (m === null) return null;
  return Number(m[1]) * 12 + (m[2] === undefined ? 0 : Number(m[2]) - 1);
}

/** The year of a partial ISO date, or null. */
export function yearOf(date: string | null): number | null {
  return date === null ? null : Number(date.slice(0, 4));
}

/** A partial ISO date as the first day of its month (`2018` → `2018-01-01`, `2018-03` → `2018-03-01`), for charts. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The partial ISO date `months` after a partial ISO date, as `YYYY-MM`. */
export function addMonths(date: string, months: number): string {
  const i = (monthIndex(date) ?? 0) + Math.round(months);
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;
}
