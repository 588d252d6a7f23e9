import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { readCsv } from "../read-csv.js";
import { SdgGoal } from "./sdg-goal.js";
import { sdgReferenceSource as source } from "./source.js";

export const SDG_GOALS_FILE = `${source.dir}/sdg_goals.csv`;

/**
 * Loads and validates `sdg_goals.csv`: the 17 goals, keyed by goal number.
 *
 * @example
 * const goals = await loadSdgGoals(resolveDataDir());
 * sdgGoalColour(1, goals.records) // "#E5243B"
 */
export async function loadSdgGoals(dataDir: DataDir, options: { mode?: LoadMode; file?: string } = {}): Promise<LoadResult<SdgGoal>> {
  const file = options.file ?? SDG_GOALS_FILE;
  return loadTable({
    table: await readCsv(dataFile(dataDir, file, source), file),
    file,
    schema: SdgGoal,
    key: "goal",
    mode: options.mode ?? "lenient",
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
