import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { readCsv } from "../read-csv.js";
import { csrIndiaSource as source } from "./source.js";
import { CsrTop100Exception } from "./top-100-exception.js";

export const CSR_TOP_100_EXCEPTIONS_FILE = `${source.dir}/fy2014-17_project_level_mca_scraper/csr_top_100_exceptions.csv`;

/**
 * Loads and validates `csr_top_100_exceptions.csv`, the CINs the MCA scraper could not look up.
 *
 * @example
 * const { records } = await loadCsrTop100Exceptions(resolveDataDir());
 * records; // [{ rowIndex: 0, cin: null }, { rowIndex: 1, cin: "F00689" }, { rowIndex: 2, cin: null }]
 */
export async function loadCsrTop100Exceptions(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string } = {},
): Promise<LoadResult<CsrTop100Exception>> {
  const file = options.file ?? CSR_TOP_100_EXCEPTIONS_FILE;
  const table = await readCsv(dataFile(dataDir, file, source), file);
  return loadTable({
    table,
    file,
    schema: CsrTop100Exception,
    key: "rowIndex",
    mode: options.mode ?? "lenient",
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
