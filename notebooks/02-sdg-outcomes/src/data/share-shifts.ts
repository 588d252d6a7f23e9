import type { GoalShareRow } from "./goal-shares.ts";

/** A goal whose share differs between two groups by more than both 95% intervals allow. */
export interface ShareShift {
  goal: number;
  label: string;
  /** "higher" when the second group's share is above the first's. */
  direction: "higher" | "lower";
  first: string;
  second: string;
}

/**
 * The goals whose shares in group `second` and group `first` have 95% intervals that do not
 * overlap, largest difference first. Goals whose intervals overlap are not called different.
 *
 * @example
 * shareShifts(rows, "INDIGO Impact Bond Dataset", "INDIGO Pipeline Dataset") // SDG 13: higher, "0 of 243 (0%…)", "36 of 125 (29%…)"
 */
export function shareShifts(rows: readonly GoalShareRow[], first: string, second: string): ShareShift[] {
  const a = new Map(rows.filter((r) => r.group === first).map((r) => [r.goal, r]));
  return rows
    .filter((r) => r.group === second)
    .flatMap((b) => {
      const x = a.get(b.goal);
      if (x === undefined || x.share.value === null || b.share.value === null) return [];
      const higher = (b.share.lower ?? 0) > (x.share.upper ?? 1);
      const lower = (b.share.upper ?? 1) < (x.share.lower ?? 0);
      if (!higher && !lower) return [];
      return [
        {
          goal: b.goal,
          label: b.label,
          direction: higher ? ("higher" as const) : ("lower" as const),
          first: x.share.label,
          second: b.share.label,
          gap: Math.abs(b.share.value - x.share.value),
        },
      ];
    })
    .sort((p, q) => q.gap - p.gap || p.goal - q.goal)
    .map(({ gap: _gap, ...s }) => s);
}
