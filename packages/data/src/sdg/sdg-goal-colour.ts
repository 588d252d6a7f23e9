import { findSdgGoal } from "./find-sdg-goal.js";
import type { SdgGoal } from "./sdg-goal.js";

/**
 * The kit's colour for a goal (the UN palette, `colour_hex_un_palette`), read from the loaded
 * goal records; throws a RangeError for a goal that is not among them.
 *
 * @example
 * const goals = await loadSdgGoals(resolveDataDir());
 * sdgGoalColour(1, goals.records) // "#E5243B"
 */
export function sdgGoalColour(goal: number, goals: readonly SdgGoal[]): string {
  return findSdgGoal(goal, goals).colour;
}
