import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { readCsv } from "../read-csv.js";
import { CsrProjectSpend2014to17 } from "./project-spend-2014-17.js";
import { csrIndiaSource as source } from "./source.js";

export const CSR_PROJECT_SPEND_2014_17_FILE = `${source.dir}/fy2014-17_project_level_mca_scraper/csr_top_100_results.csv`;

/**
 * Loads and validates `csr_top_100_results.csv`, the FY 2014-15 to 2016-17 project disclosures of the top-100
 * spenders, keyed on the unnamed pandas index (the only unique column). Line breaks inside
 * project names are kept; `outlay` and `spent` become rupees.
 *
 * @example
 * const { records } = await loadCsrProjectSpend2014to17(resolveDataDir());
 * records[0]; // { rowIndex: 0, projectNumber: 1, projectName: "Environment", outlay: 853700000, spent: 1100000, year: "2014-15", ... }
 */
export async function loadCsrProjectSpend2014to17(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string } = {},
): Promise<LoadResult<CsrProjectSpend2014to17>> {
  const file = options.file ?? CSR_PROJECT_SPEND_2014_17_FILE;
  const table = await readCsv(dataFile(dataDir, file, source), file);
  return loadTable({
    table,
    file,
    schema: CsrProjectSpend2014to17,
    key: "rowIndex",
    mode: options.mode ?? "lenient",
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
