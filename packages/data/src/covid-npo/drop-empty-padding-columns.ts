import { blankToNull } from "../cells.js";
import type { CsvTable } from "../read-csv.js";

/** How R's read.csv names a column without a title: X and the column's number (X154). */
const PADDING = /^X\d+$/;

/**
 * Drops the padding columns of a table: untitled columns (which R named `X154`, `X155`, ...)
 * whose every cell is blank or a `missing` token. A padding column holding any value is kept, so
 * the loader reports it as a column the schema does not know rather than losing it.
 *
 * @example
 * dropEmptyPaddingColumns(table, ["NA"]).header // the header without X154 ... X160
 */
export function dropEmptyPaddingColumns(table: CsvTable, missing: readonly string[]): CsvTable {
  const drop = new Set(
    table.header
      .map((h, i) => ({ h, i }))
      .filter(({ h, i }) => PADDING.test(h) && table.records.every((r) => blankToNull(r.cells[i], missing) === null))
      .map(({ i }) => i),
  );
  if (drop.size === 0) return table;
  const keep = <T>(cells: readonly T[]): T[] => cells.filter((_, i) => !drop.has(i));
  return { ...table, header: keep(table.header), records: table.records.map((r) => ({ ...r, cells: keep(r.cells) })) };
}
