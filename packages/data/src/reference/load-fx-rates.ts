import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { readCsv } from "../read-csv.js";
import { FxMonthlyRate, type FxRate, FxYearlyRate } from "./fx-rate.js";
import { fxFredSource as source } from "./source.js";

export const FX_YEARLY_FILE = `${source.dir}/yearly.csv`;
export const FX_MONTHLY_FILE = `${source.dir}/monthly.csv`;

const provenance = { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion };

/**
 * Loads and validates FRED's yearly average exchange rates (`yearly.csv`: 21 countries; the UK,
 * the euro-area members, Ireland and Sri Lanka are only in the monthly file).
 *
 * @example
 * const yearly = await loadFxYearlyRates(resolveDataDir());
 * yearly.records.find((r) => r.country === "South Africa" && r.year === 2022)?.unitsPerUsd // 16.36...
 */
export async function loadFxYearlyRates(dataDir: DataDir, options: { mode?: LoadMode; file?: string } = {}): Promise<LoadResult<FxRate>> {
  const file = options.file ?? FX_YEARLY_FILE;
  return loadTable({
    table: await readCsv(dataFile(dataDir, file, source), file),
    file,
    schema: FxYearlyRate,
    mode: options.mode ?? "lenient",
    provenance,
  });
}

/**
 * Loads and validates FRED's monthly average exchange rates (`monthly.csv`, whose rate column is
 * titled `Exchange rate`, not `Value`).
 *
 * @example
 * const monthly = await loadFxMonthlyRates(resolveDataDir());
 * monthly.records.find((r) => r.country === "United Kingdom" && r.date === "2022-06-01")?.unitsPerUsd // 0.8117
 */
export async function loadFxMonthlyRates(dataDir: DataDir, options: { mode?: LoadMode; file?: string } = {}): Promise<LoadResult<FxRate>> {
  const file = options.file ?? FX_MONTHLY_FILE;
  return loadTable({
    table: await readCsv(dataFile(dataDir, file, source), file),
    file,
    schema: FxMonthlyRate,
    mode: options.mode ?? "lenient",
    provenance,
  });
}
