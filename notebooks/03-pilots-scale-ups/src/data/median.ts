/**
 * The median of the numbers given (nulls left out), or null when there are none. Money and
 * counts in this dataset are skewed by a few very large projects, so the page reports medians.
 *
 * @example
 * median([1, 2, 100, null]) // 2
 */
export function median(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 === 1 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}
