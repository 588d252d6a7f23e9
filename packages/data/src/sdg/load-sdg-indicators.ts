import { cellMeta } from "../cells.js";
import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable, type Reference } from "../load-table.js";
import { message } from "../messages.js";
import { readCsv } from "../read-csv.js";
import { SdgIndicator } from "./sdg-indicator.js";
import { sdgReferenceSource as source } from "./source.js";

export const SDG_INDICATORS_FILE = `${source.dir}/sdg_indicators.csv`;

/**
 * Loads and validates `sdg_indicators.csv`: 251 listings of indicators under targets, keyed by
 * indicator code. A repeated indicator must point at a listing in the same file; given `targets`,
 * a listing whose target is not among them is rejected as a dangling foreign key.
 *
 * @example
 * const targets = await loadSdgTargets(dir);
 * const indicators = await loadSdgIndicators(dir, { targets: new Set(targets.records.map((t) => t.target)) });
 */
export async function loadSdgIndicators(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string; targets?: ReadonlySet<string> } = {},
): Promise<LoadResult<SdgIndicator>> {
  const file = options.file ?? SDG_INDICATORS_FILE;
  const table = await readCsv(dataFile(dataDir, file, source), file);
  const codeColumn = table.header.indexOf(cellMeta(SdgIndicator.shape.indicator)?.column ?? "");
  const codes = new Set(table.records.map((r) => r.cells[codeColumn]?.trim() ?? ""));
  const references: Reference<typeof SdgIndicator>[] = [
    { field: "repeatOfIndicator", keys: codes, message: message.unknownSdgIndicator, hint: message.unknownSdgHint },
  ];
  if (options.targets !== undefined) {
    references.push({ field: "target", keys: options.targets, message: message.unknownSdgTarget, hint: message.unknownSdgHint });
  }
  return loadTable({
    table,
    file,
    schema: SdgIndicator,
    key: "indicator",
    mode: options.mode ?? "lenient",
    references,
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
