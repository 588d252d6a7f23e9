import type { CsrProjectSpend2014to17 } from "@hnl/data";
import { appendRows } from "./append-rows.js";
import { finishSource, type SourceAccounting, type SyncContext } from "./ingest-portal.js";
import { message } from "./messages.js";
import { AMOUNT_UNITS } from "./units.js";

/**
 * Writes the old portal's project rows (FY 2014-15 to 2016-17, already validated by the typed
 * loader) into `spend_rows`: its one sector column (a specific Schedule VII item) as the
 * specific one, amounts in rupees (factor 1), the company by its CIN; then finishes the source.
 */
export async function ingestOldPortal(
  ctx: SyncContext,
  source: { id: string; file: string },
  records: readonly (CsrProjectSpend2014to17 & { row: number })[],
  loader: { rowsIn: number; rejected: number; excluded: number },
): Promise<SourceAccounting> {
  await appendRows(
    ctx.connection,
    "spend_rows",
    records.map((r) => [
      source.id,
      source.file,
      r.row,
      r.year,
      r.companyName,
      r.cin,
      null,
      r.state,
      r.district,
      null,
      r.sector,
      r.projectName,
      r.mode,
      r.outlay,
      r.spent,
      "INR",
      AMOUNT_UNITS.INR,
      r.year === null ? `year||${message.reject.noYear}` : null,
    ]),
  );
  return finishSource(
    ctx,
    { ...source, format: "Old portal scrape (12 columns)", unit: "INR" },
    {
      sectorColumns: 1,
      sourceTotals: false,
      loaderRowsIn: loader.rowsIn,
      loaderRejected: loader.rejected,
      loaderExcluded: loader.excluded,
    },
  );
}
