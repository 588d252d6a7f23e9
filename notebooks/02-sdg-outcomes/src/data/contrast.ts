import type { Proportion } from "@hnl/analysis";

/** The groups with the highest and the lowest share of something, and whether their 95% intervals are apart. */
export interface Contrast<T> {
  high: T;
  low: T;
  /** True when the intervals do not overlap: only then does the data tell the two apart. */
  separated: boolean;
}

/**
 * The highest and lowest share among groups (ties broken by the order given), and whether their
 * 95% Wilson intervals are apart. Null with fewer than two groups with a share.
 *
 * @example
 * contrast(evidence.goals, (g) => g.finalResult) // { high: SDG 1, low: SDG 10, separated: true }
 */
export function contrast<T>(groups: readonly T[], share: (g: T) => Proportion): Contrast<T> | null {
  const withShare = groups.filter((g) => share(g).value !== null);
  if (withShare.length < 2) return null;
  const sorted = [...withShare].sort((a, b) => (share(b).value ?? 0) - (share(a).value ?? 0));
  const high = sorted[0] as T;
  const low = sorted[sorted.length - 1] as T;
  return { high, low, separated: (share(high).lower ?? 0) > (share(low).upper ?? 1) };
}
