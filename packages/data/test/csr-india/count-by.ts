/** How many items have each key, in first-seen order: `countBy(["a", "b", "a"], (x) => x)` is `{ a: 2, b: 1 }`. */
export function countBy<T>(items: readonly T[], key: (item: T) => string | null): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) {
    const k = key(item) ?? "null";
    counts[k] = (counts[k] ?? 0) + 1;
  }
  return counts;
}
