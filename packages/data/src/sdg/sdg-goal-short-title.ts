import { findSdgGoal } from "./find-sdg-goal.js";
import type { SdgGoal } from "./sdg-goal.js";

/**
 * The kit's short title for a goal (open-sdg's, `short_title_opensdg`), read from the loaded
 * goal records; throws a RangeError for a goal that is not among them.
 *
 * @example
 * const goals = await loadSdgGoals(resolveDataDir());
 * sdgGoalShortTitle(1, goals.records) // "No poverty"
 */
export function sdgGoalShortTitle(goal: number, goals: readonly SdgGoal[]): string {
  return findSdgGoal(goal, goals).shortTitle;
}
