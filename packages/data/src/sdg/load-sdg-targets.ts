import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { message } from "../messages.js";
import { readCsv } from "../read-csv.js";
import { SdgTarget } from "./sdg-target.js";
import { sdgReferenceSource as source } from "./source.js";

export const SDG_TARGETS_FILE = `${source.dir}/sdg_targets.csv`;

/**
 * Loads and validates `sdg_targets.csv`: the 169 targets, keyed by target code. Given `goals`,
 * a target whose goal is not among them is rejected as a dangling foreign key.
 *
 * @example
 * const goals = await loadSdgGoals(dir);
 * const targets = await loadSdgTargets(dir, { goals: new Set(goals.records.map((g) => g.goal)) });
 */
export async function loadSdgTargets(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string; goals?: ReadonlySet<number> } = {},
): Promise<LoadResult<SdgTarget>> {
  const file = options.file ?? SDG_TARGETS_FILE;
  const goals = options.goals;
  return loadTable({
    table: await readCsv(dataFile(dataDir, file, source), file),
    file,
    schema: SdgTarget,
    key: "target",
    mode: options.mode ?? "lenient",
    ...(goals === undefined
      ? {}
      : {
          references: [
            { field: "goal", keys: new Set([...goals].map(String)), message: message.unknownSdgGoal, hint: message.unknownSdgHint },
          ],
        }),
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
