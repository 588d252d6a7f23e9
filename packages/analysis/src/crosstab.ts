import { escape as aqEscape, op, table } from "arquero";

export interface CrosstabCell {
  row: string;
  column: string;
  count: number;
  /** Share of the row's total, 0..1. */
  rowShare: number;
  rowTotal: number;
}

/**
 * Counts of rows by two variables, with each cell's share of its row total (the denominator is
 * always given beside the share). Missing values are counted under `missingLabel`, not dropped.
 *
 * @example
 * crosstab(rows, "region", "goal") // [{ row: "Africa", column: "4", count: 12, rowShare: 0.3, rowTotal: 40 }, ...]
 */
export function crosstab<T extends Record<string, unknown>>(
  rows: readonly T[],
  rowVar: keyof T & string,
  columnVar: keyof T & string,
  missingLabel = "Not recorded",
): CrosstabCell[] {
  const label = (v: unknown) => (v === null || v === undefined || v === "" ? missingLabel : String(v));
  const t = table({ row: rows.map((r) => label(r[rowVar])), column: rows.map((r) => label(r[columnVar])) });
  const counts = t
    .groupby("row", "column")
    .count({ as: "count" })
    .groupby("row")
    .derive({ rowTotal: op.sum("count") as unknown as string })
    .ungroup()
    .derive({ rowShare: aqEscape((d: { count: number; rowTotal: number }) => d.count / d.rowTotal) })
    .orderby("row", "column");
  return counts.objects() as unknown as CrosstabCell[];
}
