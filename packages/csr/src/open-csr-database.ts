import { DuckDBInstance } from "@duckdb/node-api";
import { buildCompanyIndex } from "./company-index.js";
import type { SyncContext } from "./ingest-portal.js";
import { readMappings } from "./mapping-tables.js";

/** An open CSR database with what a sync needs; `close()` when done. */
export interface CsrDatabase extends SyncContext {
  close(): void;
}

/**
 * Opens a database `syncCsr` made, to add more portal exports to it (`syncPortalCsv`) or to
 * query it: the company index is rebuilt from its `company_aliases`, the mapping tables are
 * the package's.
 *
 * @example
 * const db = await openCsrDatabase("csr.duckdb");
 * await syncPortalCsv(db, { file: "CSR_Report.csv" });
 * db.close();
 */
export async function openCsrDatabase(path: string): Promise<CsrDatabase> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  const aliases = (await connection.runAndReadAll("SELECT cin, name, origin FROM company_aliases")).getRows() as [string, string, string][];
  const index = buildCompanyIndex(aliases.map(([cin, name, origin]) => ({ cin, name, origin })));
  const mappings = await readMappings();
  return {
    connection,
    index,
    mappings,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
