import { closeSync, openSync, readSync } from "node:fs";
import { DataError } from "@hnl/data";
import { sqlString } from "./append-rows.js";
import { finishSource, PORTAL_COLUMNS, portalSpendRow, type SourceAccounting, type SyncContext } from "./ingest-portal.js";
import { message } from "./messages.js";

/**
 * Syncs one CSV file in the current portal export format (the 7 columns of the FY 2023-24 and
 * FY 2024-25 exports, any number of years) into an open CSR database, in SQL: DuckDB's
 * `read_csv` stages the file, one pass checks every row and writes it to `spend_rows` with its row number; the
 * distinct names and labels are then resolved once each, and the view `csr_spend` maps the rows
 * (states, sectors un-swapped by value, companies, rupees). Made for the full portal export
 * (about 630,000 rows): JavaScript sees the distinct names and labels, never the rows.
 *
 * @example
 * const db = await openCsrDatabase("csr.duckdb");
 * await syncPortalCsv(db, { file: "/data/CSR_Report_2026-07-04.csv", sourceId: "portal-2014-24" });
 */
export async function syncPortalCsv(
  ctx: SyncContext,
  options: { file: string; sourceId?: string; displayPath?: string },
): Promise<SourceAccounting> {
  const display = options.displayPath ?? options.file;
  checkHeader(options.file, display);
  const source = { id: options.sourceId ?? `portal:${display}`, file: display };
  const names = ["company_name", "financial_year", "psu", "state", "sector_a", "sector_b", "amount"];
  const columns = `{${names.map((n) => `'${n}': 'VARCHAR'`).join(", ")}}`;
  // Each row keeps its place in the file (the header is row 1). The file is read in parallel into
  // a temporary in-memory table: DuckDB keeps insertion order, so a new table's rowid is the row's
  // place in the file. This is about half the time of numbering with row_number() OVER (), which
  // forces the whole read onto one thread (the CSR sync benchmark).
  await ctx.connection.run(`CREATE OR REPLACE TEMP TABLE hnl_portal_staged AS
    SELECT * FROM read_csv(${sqlString(options.file)}, header = true, delim = ',', quote = '"', escape = '"', columns = ${columns})`);
  try {
    await ctx.connection.run(
      `INSERT INTO spend_rows SELECT ${portalSpendRow(source)} FROM (SELECT (rowid + 2)::INTEGER AS source_row, * FROM hnl_portal_staged)`,
    );
  } finally {
    await ctx.connection.run("DROP TABLE IF EXISTS hnl_portal_staged");
  }
  return finishSource(
    ctx,
    { ...source, format: "Portal export (7 columns), read by DuckDB", unit: "INR crore" },
    { sectorColumns: 2, sourceTotals: true },
  );
}

function checkHeader(file: string, display: string): void {
  const fd = openSync(file, "r");
  const buffer = Buffer.alloc(4096);
  const n = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  const line =
    buffer
      .toString("utf8", 0, n)
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/)[0] ?? "";
  const found = line.split(",").map((h) => h.trim().replace(/^"(.*)"$/, "$1"));
  if (found.length !== PORTAL_COLUMNS.length || found.some((h, i) => h !== PORTAL_COLUMNS[i])) {
    throw new DataError(message.portalHeader(display, found, PORTAL_COLUMNS), { file: display, hint: message.portalHeaderHint });
  }
}
