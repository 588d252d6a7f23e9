import { tooFew } from "./too-few.js";

/** Groups split by a minimum n: those that may be ranked, and those shown only as "too few". */
export interface MinimumNSplit<T> {
  /** The minimum n a group needs to be ranked (stated with every ranking). */
  minimum: number;
  /** Groups with at least `minimum` observations, in the order given. */
  ranked: T[];
  /** Groups under `minimum`, in the order given: listed with their n, never ranked. */
  tooFew: T[];
}

/**
 * Applies a minimum-n rule to groups before they are ranked: every group lands in `ranked` or
 * in `tooFew`, none is dropped, and the rule's minimum travels with the result so a chart or a
 * sentence can state it.
 *
 * @example
 * minimumN([{ goal: 3, n: 26 }, { goal: 5, n: 1 }], (g) => g.n, 10)
 * // { minimum: 10, ranked: [{ goal: 3, n: 26 }], tooFew: [{ goal: 5, n: 1 }] }
 */
export function minimumN<T>(groups: readonly T[], n: (group: T) => number, minimum: number): MinimumNSplit<T> {
  const ranked: T[] = [];
  const few: T[] = [];
  for (const g of groups) (tooFew(n(g), minimum) ? few : ranked).push(g);
  return { minimum, ranked, tooFew: few };
}
