// Connected components: the families that links make when followed from project to project.

/**
 * The groups of items connected by pairs (union-find), each group's members in the order of
 * `items`; only groups of two or more are returned, largest first, ties in order of first member.
 *
 * @example
 * components(["a", "b", "c", "d"], [["a", "b"], ["b", "c"]]) // [["a", "b", "c"]]
 */
export function components(items: readonly string[], pairs: readonly (readonly [string, string])[]): string[][] {
  const parent = new Map(items.map((i) => [i, i]));
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    for (let y = x; y !== root; ) {
      const next = parent.get(y) ?? root;
      parent.set(y, root);
      y = next;
    }
    return root;
  };
  for (const [a, b] of pairs) {
    if (!parent.has(a) || !parent.has(b)) continue;
    parent.set(find(a), find(b));
  }
  const groups = new Map<string, string[]>();
  for (const i of items) {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), i]);
  }
  const order = new Map(items.map((id, n) => [id, n]));
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .sort((x, y) => y.length - x.length || (order.get(x[0] as string) ?? 0) - (order.get(y[0] as string) ?? 0));
}
