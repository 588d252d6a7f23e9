/**
 * What a figure's data table and CSV may hold: raw values, one variable a column. A cell is a
 * number, empty, or text that is not a number, share, count of a base or interval written out
 * (issue 14's "tidy downloads"). Notebook tests check their figures' rows with `untidyCells`.
 */
/** A cell of a figure's rows. */
type Cell = string | number | boolean | null | undefined;

const WRITTEN_OUT: readonly [RegExp, string][] = [
  [/\d+ of \d+/, "a count of a base, written out"],
  [/\(of \d/, "a base, written out"],
  [/\(n = /, "an n inside a label"],
  [/%/, "a percent sign"],
  // Whole-word CI next to a number ("95% CI 65-75"); a lone "CI" is Côte d'Ivoire's ISO code.
  [/\bCI\b.*\d|\d.*\bCI\b/, "a confidence interval, written out"],
  // A bare year ("2019") may stay text: the CSV is the same, and the data table, which writes
  // numbers with thousands separators, then shows 2019 rather than 2,019.
  [
    /^(?!\d{4}$)\s*[-+−]?\s*(?:[$£€₹]|USD|INR|EUR|GBP)?\s*\d[\d,]*(?:\.\d+)?\s*(?:[kKmMbB]n?|million|crore)?\s*$/,
    "a number written as text",
  ],
];

/**
 * Why a cell is not a raw value, or null when it is.
 *
 * @example
 * untidy("241 of 344 (70%)") // "a count of a base, written out"
 * untidy("Low income") // null
 */
export function untidy(value: Cell): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? null : "not a finite number";
  if (typeof value !== "string") return `a ${typeof value}, not a number or text`;
  return WRITTEN_OUT.find(([pattern]) => pattern.test(value))?.[1] ?? null;
}

/**
 * Every cell of a figure's rows that is not a raw value, and every column its rows lack, as
 * `row 3, share: a percent sign ("12%")`: empty when the table is tidy.
 */
export function untidyCells(table: { rows: readonly Record<string, Cell>[]; columns: readonly { field: string }[] }): string[] {
  return table.rows.flatMap((row, i) => [
    ...table.columns.filter((c) => !(c.field in row)).map((c) => `row ${i + 1}, ${c.field}: missing`),
    ...Object.entries(row).flatMap(([field, value]) => {
      const why = untidy(value);
      return why === null ? [] : [`row ${i + 1}, ${field}: ${why} (${JSON.stringify(value)})`];
    }),
  ]);
}
