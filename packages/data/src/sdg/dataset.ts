import type { DataDir } from "../data-dir.js";
import type { DatasetDefinition, DatasetLoad } from "../dataset-definition.js";
import type { LoadMode } from "../load-table.js";
import { loadSdgGoals, SDG_GOALS_FILE } from "./load-sdg-goals.js";
import { loadSdgIndicators, SDG_INDICATORS_FILE } from "./load-sdg-indicators.js";
import { loadSdgTargets, SDG_TARGETS_FILE } from "./load-sdg-targets.js";
import { SdgGoal } from "./sdg-goal.js";
import { SdgIndicator } from "./sdg-indicator.js";
import { SdgTarget } from "./sdg-target.js";
import { sdgReferenceSource as source } from "./source.js";

/**
 * The UN Sustainable Development Goals as reference tables: goals, targets and indicators, with
 * each target's goal checked against the goals and each indicator's target against the targets.
 *
 * @example
 * const load = await sdgReference.load(resolveDataDir());
 * load.indicators.accounting // { rowsIn: 251, accepted: 251, rejected: 0 }
 */
export const sdgReference: DatasetDefinition = {
  id: source.id,
  title: source.title,
  tables: [
    { name: "goals", file: SDG_GOALS_FILE, schema: SdgGoal },
    { name: "targets", file: SDG_TARGETS_FILE, schema: SdgTarget },
    { name: "indicators", file: SDG_INDICATORS_FILE, schema: SdgIndicator },
  ],
  async load(dataDir: DataDir, options: { mode?: LoadMode } = {}): Promise<DatasetLoad> {
    const goals = await loadSdgGoals(dataDir, options);
    const targets = await loadSdgTargets(dataDir, { ...options, goals: new Set(goals.records.map((g) => g.goal)) });
    const indicators = await loadSdgIndicators(dataDir, { ...options, targets: new Set(targets.records.map((t) => t.target)) });
    return { goals, targets, indicators };
  },
};
