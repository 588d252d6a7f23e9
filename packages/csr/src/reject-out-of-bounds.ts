import type { LoadResult, RejectedRow } from "@hnl/data";
import type { z } from "zod";
import { type AmountSign, amountOutOfBounds } from "./amount-bounds.js";
import { message } from "./messages.js";
import { AmountUnit } from "./units.js";
import { withRows } from "./with-rows.js";

/** An amount column to check: the record field, and the sign it may take. Column title and unit come from the loader's schema. */
export interface AmountColumn<T> {
  field: keyof T & string;
  sign: AmountSign;
}

/**
 * A load with every record whose amounts break the stated bounds (see `amountOutOfBounds`) moved
 * to its rejected rows, located by file, spreadsheet row, column title and value, with a reason
 * and a hint; the accounting moves with them (rows in = accepted + rejected still). The column
 * title and unit are read from the loader's zod schema (`.meta()` of each money cell).
 *
 * @example
 * const p23 = rejectOutOfBounds(await loadCsrProjectSpend2023to24(dataDir), CSR_PROJECT_SPEND_2023_24_FILE, CsrProjectSpend2023to24,
 *   [{ field: "amountSpent", sign: "non-negative" }]);
 * p23.rejected[0]?.issues[0]?.column; // "Project Amount Spent (In INR Cr.)"
 */
export function rejectOutOfBounds<T extends object>(
  load: LoadResult<T>,
  file: string,
  schema: z.ZodObject,
  columns: readonly AmountColumn<T>[],
): LoadResult<T> {
  const meta = columns.map((c) => {
    const m = schema.shape[c.field]?.meta() as { column?: string; unit?: string } | undefined;
    return { ...c, column: m?.column ?? c.field, unit: AmountUnit.parse(m?.unit) };
  });
  const records: T[] = [];
  const rejected: RejectedRow[] = [];
  withRows(load).forEach((located, i) => {
    const record = load.records[i] as T;
    const issues = meta.flatMap((c) => {
      const amount = located[c.field] as number | null;
      const problem = amountOutOfBounds(amount, c.unit, c.sign);
      if (problem === null) return [];
      return [
        {
          column: c.column,
          field: c.field,
          value: String(amount),
          expected: message.amountExpected(c.unit, c.sign),
          message: `${message.reject.amount[problem](c.unit)}.`,
          hint: message.amountHint,
        },
      ];
    });
    if (issues.length === 0) records.push(record);
    else rejected.push({ file, row: located.row, line: located.row, issues });
  });
  if (rejected.length === 0) return load;
  return {
    ...load,
    records,
    rejected: [...load.rejected, ...rejected].sort((a, b) => a.row - b.row),
    accounting: { rowsIn: load.accounting.rowsIn, accepted: records.length, rejected: load.accounting.rejected + rejected.length },
  };
}
