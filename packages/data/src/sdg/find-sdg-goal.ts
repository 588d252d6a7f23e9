import { message } from "../messages.js";
import type { SdgGoal } from "./sdg-goal.js";

/**
 * The loaded record of one goal; throws a RangeError naming the goal when it is not among `goals`.
 *
 * @example
 * findSdgGoal(13, goals.records).titleUn // "Take urgent action to combat climate change and its impacts"
 */
export function findSdgGoal(goal: number, goals: readonly SdgGoal[]): SdgGoal {
  const found = goals.find((g) => g.goal === goal);
  if (found === undefined) throw new RangeError(message.noSuchSdgGoal(goal, goals.length));
  return found;
}
