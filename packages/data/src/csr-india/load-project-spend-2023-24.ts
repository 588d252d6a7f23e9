import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { readCsv } from "../read-csv.js";
import { CsrProjectSpend2023to24 } from "./project-spend-2023-24.js";
import { csrIndiaSource as source } from "./source.js";

export const CSR_PROJECT_SPEND_2023_24_FILE = `${source.dir}/fy2023-24_project_level_sample/live_csr_sample.csv`;

/**
 * Loads and validates `live_csr_sample.csv`, 8,000 project rows of a FY 2023-24 portal export. The
 * format has no ID, so no key is checked (the sample repeats some rows exactly).
 *
 * @example
 * const { records } = await loadCsrProjectSpend2023to24(resolveDataDir());
 * records[0]; // { companyName: "TREND MICRO INDIA PRIVATE LIMITED", financialYear: "FY 2023-24", amountSpent: 0.07, ... }
 */
export async function loadCsrProjectSpend2023to24(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string } = {},
): Promise<LoadResult<CsrProjectSpend2023to24>> {
  const file = options.file ?? CSR_PROJECT_SPEND_2023_24_FILE;
  const table = await readCsv(dataFile(dataDir, file, source), file);
  return loadTable({
    table,
    file,
    schema: CsrProjectSpend2023to24,
    mode: options.mode ?? "lenient",
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
