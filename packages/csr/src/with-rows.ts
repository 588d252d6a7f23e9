import type { LoadResult } from "@hnl/data";

/**
 * The accepted records of a load, each with its row in the source file as a spreadsheet shows
 * it (header = row 1): the rows in order, less the rejected ones.
 *
 * @example
 * withRows(await loadCsrProjectSpend2024to25(dataDir))[0]?.row; // 2
 */
export function withRows<T extends object>(result: Pick<LoadResult<T>, "records" | "rejected">): (T & { row: number })[] {
  const rejected = new Set(result.rejected.map((r) => r.row));
  let row = 1;
  return result.records.map((r) => {
    do row++;
    while (rejected.has(row));
    return { ...r, row };
  });
}
