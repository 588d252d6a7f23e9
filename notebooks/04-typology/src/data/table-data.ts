// A table as plain data: the page draws it with the DOM (text only, never markup from the data).

export type Cell = string | number | null;

export interface TableData {
  /** The table's id on the page, cited by findings.json. */
  id: string;
  caption: string;
  columns: { title: string; numeric?: boolean }[];
  rows: Cell[][];
}

/** Counts of `pairs` as a table: one row per row key (in `rowKeys` order), one column per column key, and a total column. */
export function crossTable(o: {
  id: string;
  caption: string;
  rowTitle: string;
  rowKeys: readonly string[];
  columnKeys: readonly string[];
  pairs: readonly (readonly [string, string])[];
  label?: (key: string) => string;
  /** Row totals count distinct records, which differ from the sum when a record falls in several columns. */
  rowTotals?: ReadonlyMap<string, number>;
}): TableData {
  const count = new Map<string, number>();
  for (const [r, c] of o.pairs) count.set(`${r}\u0000${c}`, (count.get(`${r}\u0000${c}`) ?? 0) + 1);
  const label = o.label ?? ((k: string) => k);
  const rows = o.rowKeys.map((r) => {
    const cells = o.columnKeys.map((c) => count.get(`${r}\u0000${c}`) ?? 0);
    return [label(r), ...cells, o.rowTotals?.get(r) ?? cells.reduce((a, b) => a + b, 0)];
  });
  return {
    id: o.id,
    caption: o.caption,
    columns: [{ title: o.rowTitle }, ...o.columnKeys.map((c) => ({ title: c, numeric: true })), { title: "Records", numeric: true }],
    rows,
  };
}

/** A share as a percentage with one decimal, e.g. 0.9125 → "91.3%". */
export function percent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}
