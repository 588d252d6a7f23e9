import { accessSync, constants, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CsrRejectedRowsError, openCsrDatabase, type SyncCsrResult, syncCsr } from "@hnl/csr";
import type { DataDir } from "@hnl/data";
import { SingleBar } from "cli-progress";
import { CliError } from "../cli-error.js";
import { message } from "../messages.js";
import { EXIT } from "./data-validate.js";

/** Options of `hnl csr sync` besides the data directory. */
export interface CsrSyncOptions {
  out: string | undefined;
  parquet?: string | undefined;
  portal?: string | undefined;
  /** Exit 0 even when rows were rejected (the summary still counts and lists them). */
  allowRejected?: boolean;
}

/**
 * `hnl csr sync --data-dir DIR --out FILE [--parquet DIR] [--portal FILE] [--allow-rejected]`:
 * synchronises the India CSR exports into one DuckDB database with a progress bar, optionally
 * exports it as Parquet partitioned by fiscal year with a datapackage.json, and prints rows in,
 * accepted, rejected and excluded per source, the first rejected rows (file, row, column, value,
 * reason), the sector column verdicts, company match rates and unmapped labels. Both outputs are
 * written beside their targets and renamed into place when complete. When any row was rejected
 * it writes nothing and exits 1 (`CsrRejectedRowsError`, printed by `main`), unless
 * `allowRejected`; exits 2 when an output cannot be written.
 *
 * @example
 * process.exitCode = await csrSync(resolveDataDir(), { out: "csr.duckdb", allowRejected: false });
 */
export async function csrSync(dataDir: DataDir, options: CsrSyncOptions): Promise<number> {
  if (options.out === undefined) throw new CliError(message.csrNoOut, message.csrSyncHint);
  const file = resolve(options.out);
  const parquet = options.parquet === undefined ? undefined : resolve(options.parquet);
  checkOutputFile(file);
  if (parquet !== undefined) checkParquetFolder(parquet);
  const bar = new SingleBar(
    { format: `csr sync [{bar}] {percentage}% {what}`, hideCursor: true, stream: process.stderr, noTTYOutput: false },
    undefined,
  );
  bar.start(1, 0, { what: "" });
  let result: SyncCsrResult;
  try {
    result = await syncCsr({
      dataDir,
      out: file,
      allowRejected: options.allowRejected === true,
      ...(parquet === undefined ? {} : { parquet }),
      ...(options.portal === undefined ? {} : { portalFiles: [resolve(options.portal)] }),
      onProgress: (done, total, what) => {
        bar.setTotal(total);
        bar.update(done, { what });
      },
    });
  } catch (error) {
    bar.stop();
    // Nothing was written; the accounting still says where every row went, then the error lists the rejected rows.
    if (error instanceof CsrRejectedRowsError) printAccounting(error.result);
    throw error;
  }
  bar.stop();
  console.log(
    result.rejectedRows === 0
      ? message.csrSynced(result.csrSpendRows, file)
      : message.csrSyncedWithRejected(result.csrSpendRows, file, result.rejectedRows),
  );
  printAccounting(result);
  for (const s of result.sources)
    console.log(message.csrSectorVerdict(s.sourceId, s.sectorCheck.verdict, s.sectorCheck.swapped, s.sectorCheck.rows));
  const db = await openCsrDatabase(file);
  try {
    const rates = (
      await db.connection.runAndReadAll(`SELECT source_id, sum(rows) FILTER (WHERE cin IS NOT NULL)::INTEGER AS matched, sum(rows)::INTEGER AS total,
        count(*) FILTER (WHERE cin IS NOT NULL)::INTEGER AS names_matched, count(*)::INTEGER AS names FROM company_matches GROUP BY ALL ORDER BY 1`)
    ).getRowObjectsJson();
    for (const r of rates)
      console.log(message.csrMatchRate(String(r.source_id), Number(r.matched), Number(r.total), Number(r.names_matched), Number(r.names)));
    const unmapped = (
      await db.connection.runAndReadAll("SELECT mapping, source_id, source_value, rows FROM unmapped_values ORDER BY rows DESC")
    ).getRowObjectsJson();
    console.log(message.csrUnmapped(unmapped.length));
    for (const u of unmapped.slice(0, 20)) console.log(`  ${u.mapping} ${u.source_id}: "${u.source_value}" (${u.rows} rows)`);
    if (result.rejectedRows > 0) {
      // One line per rejected row (a row with several problems shows its first), the first 20 in file order.
      const rejected = (
        await db.connection.runAndReadAll(`SELECT source_file, source_row, "column", value, reason FROM (SELECT *,
          row_number() OVER (PARTITION BY source_file, source_row ORDER BY "column" NULLS FIRST, reason) AS k FROM rejected_rows)
          WHERE k = 1 ORDER BY source_file, source_row LIMIT 20`)
      ).getRowObjectsJson();
      console.log(message.csrRejectedHeader(result.rejectedRows));
      for (const r of rejected)
        console.log(
          message.csrRejectedRow(
            String(r.source_file),
            Number(r.source_row),
            r.column === null ? null : String(r.column),
            r.value,
            String(r.reason),
          ),
        );
      if (result.rejectedRows > rejected.length) console.log(message.csrRejectedMore(result.rejectedRows - rejected.length));
    }
  } finally {
    db.close();
  }
  if (result.parquet !== undefined) console.log(message.csrParquet(result.parquet.rows, result.parquet.files.length, result.parquet.dir));
  if (result.rejectedRows > 0) console.log(message.csrRejectedAllowed(result.rejectedRows));
  return EXIT.valid;
}

/** Rows in, accepted, rejected, excluded and written per source: rows in = accepted + rejected + excluded. */
function printAccounting(result: SyncCsrResult): void {
  console.log(message.csrAccountingHeader);
  for (const s of result.sources)
    console.log(message.csrAccountingRow(s.sourceId, s.rowsIn, s.accepted, s.rejected, s.excluded, s.rowsOut, "csr_spend"));
  for (const s of result.companySources)
    console.log(message.csrAccountingRow(s.sourceId, s.rowsIn, s.accepted, s.rejected, s.excluded, s.rowsOut, s.table));
}

/** The database's folder must exist (it is created) and be writable, and the file must not be a folder. */
function checkOutputFile(file: string): void {
  if (existsSync(file) && statSync(file).isDirectory()) throw new CliError(message.csrOutIsFolder(file), message.csrSyncHint);
  writableFolder(dirname(file));
}

/** The Parquet folder is replaced whole, so it must be absent, empty, or an earlier export (it has a datapackage.json). */
function checkParquetFolder(dir: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new CliError(message.csrParquetNotFolder(dir), message.csrParquetHint);
    if (readdirSync(dir).length > 0 && !existsSync(join(dir, "datapackage.json")))
      throw new CliError(message.csrParquetNotExport(dir), message.csrParquetHint);
  }
  writableFolder(dirname(dir));
}

function writableFolder(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (error) {
    throw new CliError(message.csrCannotWrite(dir, error instanceof Error ? error.message : String(error)), message.csrCannotWriteHint);
  }
}
