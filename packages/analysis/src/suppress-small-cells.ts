/** A table cell after disclosure control: its count, or null and why. */
interface WorkingCell {
  row: string;
  column: string;
  count: number;
  suppressed: null | "primary" | "complementary";
}

export interface SuppressedCell {
  row: string;
  column: string;
  count: number | null;
  suppressed: null | "primary" | "complementary";
}

/**
 * Small-cell suppression for a published table of counts: a count from 1 to `threshold - 1` is
 * hidden (primary). Where a row's or a column's total is published and exactly one cell in it is
 * hidden, the next smallest cell of that row or column is hidden too (complementary), so the
 * hidden one cannot be worked out by subtraction. Zeros are shown: an empty cell discloses no
 * one. Repeats until no row or column has a lone hidden cell.
 *
 * @example
 * suppressSmallCells([{ row: "a", column: "x", count: 3 }, { row: "a", column: "y", count: 9 }], { threshold: 5 })
 * // a/x primary, a/y complementary
 */
export function suppressSmallCells(
  cells: readonly { row: string; column: string; count: number }[],
  options: { threshold?: number; totals?: "rows" | "columns" | "both" | "none" } = {},
): SuppressedCell[] {
  const threshold = options.threshold ?? 5;
  const totals = options.totals ?? "both";
  const out: WorkingCell[] = cells.map((c) => ({ ...c, suppressed: c.count > 0 && c.count < threshold ? "primary" : null }));
  const lines = (key: "row" | "column") => {
    const m = new Map<string, WorkingCell[]>();
    for (const c of out) m.set(c[key], [...(m.get(c[key]) ?? []), c]);
    return [...m.values()];
  };
  const keys: ("row" | "column")[] =
    totals === "both" ? ["row", "column"] : totals === "rows" ? ["row"] : totals === "columns" ? ["column"] : [];
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of keys) {
      for (const line of lines(key)) {
        const hidden = line.filter((c) => c.suppressed !== null);
        if (hidden.length !== 1) continue;
        const next = line.filter((c) => c.suppressed === null && c.count > 0).sort((a, b) => a.count - b.count)[0];
        if (next === undefined) continue;
        next.suppressed = "complementary";
        changed = true;
      }
    }
  }
  return out.map((c): SuppressedCell => (c.suppressed === null ? c : { ...c, count: null }));
}
