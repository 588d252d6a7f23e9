import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { readCsv } from "../read-csv.js";
import { csrIndiaSource as source } from "./source.js";
import { CsrTop100Company } from "./top-100-company.js";

export const CSR_TOP_100_COMPANIES_FILE = `${source.dir}/fy2014-17_project_level_mca_scraper/csr_top_100.csv`;

/**
 * Loads and validates `csr_top_100.csv`, the MCA scraper's input list of 100 companies (the file's
 * byte-order mark is dropped), keyed on the rank.
 *
 * @example
 * const { records } = await loadCsrTop100Companies(resolveDataDir());
 * records[0]; // { companyName: "RELIANCE INDUSTRIES LTD.", cin: "L17110MH1973PLC019786", csrTotal: 433.5856, csrTotalRank: 1 }
 */
export async function loadCsrTop100Companies(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string } = {},
): Promise<LoadResult<CsrTop100Company>> {
  const file = options.file ?? CSR_TOP_100_COMPANIES_FILE;
  const table = await readCsv(dataFile(dataDir, file, source), file);
  return loadTable({
    table,
    file,
    schema: CsrTop100Company,
    key: "csrTotalRank",
    mode: options.mode ?? "lenient",
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
