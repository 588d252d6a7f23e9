import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { readCsv } from "../read-csv.js";
import { CsrCompanyYear } from "./company-year.js";
import { csrIndiaSource as source } from "./source.js";

export const CSR_COMPANY_YEARS_FILE = `${source.dir}/sec135_company_year/csr_data_public.csv`;

/**
 * Loads and validates `csr_data_public.csv`: CSR spending of the top-100 companies as a share of
 * profits, one row per company and year, keyed on `id`; `NA` reads as null.
 *
 * @example
 * const { records } = await loadCsrCompanyYears(resolveDataDir());
 * records[4]; // { id: 5, companyName: "A C C LTD.", year: "2011_12", spendingPbt3Pct: 1.18, public: false, ... }
 */
export async function loadCsrCompanyYears(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string } = {},
): Promise<LoadResult<CsrCompanyYear>> {
  const file = options.file ?? CSR_COMPANY_YEARS_FILE;
  const table = await readCsv(dataFile(dataDir, file, source), file);
  return loadTable({
    table,
    file,
    schema: CsrCompanyYear,
    key: "id",
    mode: options.mode ?? "lenient",
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
