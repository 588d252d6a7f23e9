import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { readCsv } from "../read-csv.js";
import { csrIndiaSource as source } from "./source.js";
import { CsrSpendBeforeMandate } from "./spend-before-mandate.js";

export const CSR_SPEND_BEFORE_MANDATE_FILE = `${source.dir}/sec135_company_year/csr_before.csv`;

/**
 * Loads and validates `csr_before.csv`: the top-100 companies' spending in FY 2011-12 to 2013-14, in
 * INR millions, keyed on the rank; a blank year is null, never zero.
 *
 * @example
 * const { records } = await loadCsrSpendBeforeMandate(resolveDataDir());
 * records[0]; // { companyName: "RELIANCE INDUSTRIES LTD.", spend2011to12: 2510, spend2012to13: 3510, spend2013to14: 7120, ... }
 */
export async function loadCsrSpendBeforeMandate(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string } = {},
): Promise<LoadResult<CsrSpendBeforeMandate>> {
  const file = options.file ?? CSR_SPEND_BEFORE_MANDATE_FILE;
  const table = await readCsv(dataFile(dataDir, file, source), file);
  return loadTable({
    table,
    file,
    schema: CsrSpendBeforeMandate,
    key: "csrTotalRank",
    mode: options.mode ?? "lenient",
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
