import type { DataDir } from "../data-dir.js";
import type { DatasetDefinition, DatasetLoad } from "../dataset-definition.js";
import type { LoadMode } from "../load-table.js";
import { FxMonthlyRate, FxYearlyRate } from "./fx-rate.js";
import { FX_MONTHLY_FILE, FX_YEARLY_FILE, loadFxMonthlyRates, loadFxYearlyRates } from "./load-fx-rates.js";
import { fxFredSource as source } from "./source.js";

/**
 * Foreign exchange rates against the US dollar from the US Federal Reserve (H.10/G.5, via FRED):
 * yearly and monthly averages, in units of each currency per US dollar.
 *
 * @example
 * const load = await fxFred.load(resolveDataDir());
 * load.yearly.accounting // { rowsIn: 993, accepted: 993, rejected: 0 }
 */
export const fxFred: DatasetDefinition = {
  id: source.id,
  title: source.title,
  tables: [
    { name: "yearly", file: FX_YEARLY_FILE, schema: FxYearlyRate },
    { name: "monthly", file: FX_MONTHLY_FILE, schema: FxMonthlyRate },
  ],
  async load(dataDir: DataDir, options: { mode?: LoadMode } = {}): Promise<DatasetLoad> {
    return { yearly: await loadFxYearlyRates(dataDir, options), monthly: await loadFxMonthlyRates(dataDir, options) };
  },
};
