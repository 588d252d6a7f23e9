// FRED's exchange rates, loaded once per process, for converting pipeline sizes to US dollars.
import type { FxRates } from "@hnl/analysis";
import { fxFredSource, loadFxMonthlyRates, loadFxYearlyRates, resolveDataDir } from "@hnl/data";

let cached: Promise<FxRates & { snapshot: string }> | undefined;

/**
 * The yearly and monthly FRED rates, strictly validated.
 *
 * @example
 * const rates = await loadFxRates(); // rates.yearly.length === 993
 */
export function loadFxRates(): Promise<FxRates & { snapshot: string }> {
  cached ??= (async () => {
    const dir = resolveDataDir();
    const yearly = await loadFxYearlyRates(dir, { mode: "strict" });
    const monthly = await loadFxMonthlyRates(dir, { mode: "strict" });
    return { yearly: yearly.records, monthly: monthly.records, snapshot: fxFredSource.snapshot };
  })();
  return cached;
}
