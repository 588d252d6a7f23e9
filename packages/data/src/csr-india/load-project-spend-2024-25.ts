import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { readCsv } from "../read-csv.js";
import { CsrProjectSpend2024to25 } from "./project-spend-2024-25.js";
import { csrIndiaSource as source } from "./source.js";

export const CSR_PROJECT_SPEND_2024_25_FILE = `${source.dir}/fy2024-25_export_excerpt/CSR_Report_2026-09-03_excerpt.csv`;

/**
 * Loads and validates the 66-row excerpt of a FY 2024-25 portal export, sector columns as published
 * (swapped relative to FY 2023-24); an empty amount (the NEC rows) is null, never zero. No ID, no key.
 *
 * @example
 * const { records } = await loadCsrProjectSpend2024to25(resolveDataDir());
 * records.filter((r) => r.amountSpent === null).length; // 1
 */
export async function loadCsrProjectSpend2024to25(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string } = {},
): Promise<LoadResult<CsrProjectSpend2024to25>> {
  const file = options.file ?? CSR_PROJECT_SPEND_2024_25_FILE;
  const table = await readCsv(dataFile(dataDir, file, source), file);
  return loadTable({
    table,
    file,
    schema: CsrProjectSpend2024to25,
    mode: options.mode ?? "lenient",
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
