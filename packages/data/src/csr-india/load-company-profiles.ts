import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { CsrCompanyProfile } from "./company-profile.js";
import { readXlsxSheet } from "./read-xlsx-sheet.js";
import { csrIndiaSource as source } from "./source.js";

export const CSR_COMPANY_PROFILES_FILE = `${source.dir}/company_master_csr_gov_in/Final_Data_csr.gov.in.xlsx`;

/**
 * Loads and validates the `csr.gov.in` sheet of `Final_Data_csr.gov.in.xlsx`: 15,622 company
 * profiles, keyed on the CIN read out of each profile URL; "₹ 10.44" becomes 10.44 (INR crore).
 * Rows are located by their spreadsheet row number.
 *
 * @example
 * const { records } = await loadCsrCompanyProfiles(resolveDataDir());
 * records[0]?.cin; // "U74130DL1996PTC077293"
 */
export async function loadCsrCompanyProfiles(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string; sheet?: string } = {},
): Promise<LoadResult<CsrCompanyProfile>> {
  const file = options.file ?? CSR_COMPANY_PROFILES_FILE;
  const table = await readXlsxSheet(dataFile(dataDir, file, source), file, { sheet: options.sheet ?? "csr.gov.in" });
  return loadTable({
    table,
    file,
    schema: CsrCompanyProfile,
    key: "cin",
    mode: options.mode ?? "lenient",
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
