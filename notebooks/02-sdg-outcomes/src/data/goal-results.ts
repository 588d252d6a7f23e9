// Final results against targets, by SDG goal, without false rankings: units checked first, then
// the minimum-n rule, and a 95% interval on every share.
import { minimumN, type Proportion, proportion, type SdgLink } from "@hnl/analysis";
import type { OutcomeMetric, Result } from "@hnl/data";
import { comparableResult, numberOf, type UnitMismatch } from "./comparable-result.ts";

export interface GoalLabel {
  goal: number;
  label: string;
  title: string;
}

export interface GoalResult extends GoalLabel {
  /** Metrics linked to the goal with a numeric final result and a numeric target. */
  checked: number;
  /** Of those, metrics whose result and target are in different units (left out). */
  unitMismatch: number;
  /** Metrics whose result can be set against their target: the goal's n. */
  comparable: number;
  /** Projects the comparable metrics come from. */
  projects: number;
  status: "ranked" | "too few";
  /** Comparable metrics at or above target, with a 95% Wilson interval; null when too few. */
  met: Proportion | null;
  /** Median of result / target in percent; null when too few. */
  medianPercent: number | null;
}

export interface LeftOutMetric {
  projectId: string;
  metricId: string;
  goals: number[];
  reason: UnitMismatch;
  achieved: number;
  target: number;
}

export interface GoalResults {
  minimum: number;
  /** Goals with at least `minimum` comparable metrics, highest share at or above target first. */
  ranked: GoalResult[];
  /** Goals with at least one comparable metric but fewer than `minimum`, in goal order. */
  tooFew: GoalResult[];
  /** Distinct outcome metrics linked to any goal, and what became of each (they add up). */
  metrics: {
    linked: number;
    noTarget: number;
    noFinalResult: number;
    unitMismatch: number;
    comparable: number;
  };
  /** Every metric left out for a unit mismatch, with why. */
  leftOut: LeftOutMetric[];
  /** Whether any two ranked goals' intervals do not overlap (only then does the data order them). */
  separated: boolean;
}

const median = (xs: readonly number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? null) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** The largest numeric "outcomes achieved" of a metric's final results, by `projectId/metricId`. */
export function finalResults(results: readonly Result[]): Map<string, number> {
  const achieved = new Map<string, number>();
  for (const r of results) {
    if (r.resultType !== "Final" || r.outcomeMetricId === null) continue;
    const n = numberOf(r.outcomesAchieved);
    if (n === null) continue;
    const key = `${r.projectId}/${r.outcomeMetricId}`;
    achieved.set(key, Math.max(achieved.get(key) ?? Number.NEGATIVE_INFINITY, n));
  }
  return achieved;
}

/**
 * Per SDG goal, how many of its outcome metrics met their target. Each metric linked to a goal
 * (at metric level) is checked by `comparableResult`; a goal with fewer than `minimum` comparable
 * metrics is "too few" and gets no share; the others are ranked by their share at or above
 * target, each with its 95% Wilson interval.
 *
 * @example
 * goalResults({ goals, links, metrics, results, minimum: 10 }).tooFew.map((g) => g.label)
 */
export function goalResults(o: {
  goals: readonly GoalLabel[];
  links: readonly SdgLink[];
  metrics: readonly OutcomeMetric[];
  results: readonly Result[];
  minimum: number;
}): GoalResults {
  const achieved = finalResults(o.results);
  const byProject = new Map<string, OutcomeMetric[]>();
  for (const m of o.metrics) byProject.set(m.projectId, [...(byProject.get(m.projectId) ?? []), m]);
  const metricByKey = new Map(o.metrics.map((m) => [`${m.projectId}/${m.id}`, m]));
  const goalsOf = new Map<string, Set<number>>();
  for (const l of o.links) {
    if (l.level !== "metric" || l.metricId === null) continue;
    const key = `${l.projectId}/${l.metricId}`;
    goalsOf.set(key, (goalsOf.get(key) ?? new Set()).add(l.goal));
  }

  const counts = { linked: 0, noTarget: 0, noFinalResult: 0, unitMismatch: 0, comparable: 0 };
  const leftOut: LeftOutMetric[] = [];
  const perGoal = new Map<number, { checked: number; unitMismatch: number; ratios: number[]; projects: Set<string> }>();
  const entry = (goal: number) => {
    const e = perGoal.get(goal) ?? { checked: 0, unitMismatch: 0, ratios: [], projects: new Set<string>() };
    perGoal.set(goal, e);
    return e;
  };
  for (const [key, goals] of goalsOf) {
    counts.linked += 1;
    const metric = metricByKey.get(key);
    const projectId = key.slice(0, key.indexOf("/"));
    const check =
      metric === undefined ? { status: "no-target" as const } : comparableResult(metric, achieved.get(key), byProject.get(projectId) ?? []);
    if (check.status === "no-target") counts.noTarget += 1;
    else if (check.status === "no-final-result") counts.noFinalResult += 1;
    else if (check.status === "unit-mismatch") {
      counts.unitMismatch += 1;
      leftOut.push({
        projectId,
        metricId: key.slice(projectId.length + 1),
        goals: [...goals].sort((a, b) => a - b),
        reason: check.reason,
        achieved: check.achieved,
        target: check.target,
      });
      for (const g of goals) {
        entry(g).checked += 1;
        entry(g).unitMismatch += 1;
      }
    } else {
      counts.comparable += 1;
      for (const g of goals) {
        const e = entry(g);
        e.checked += 1;
        e.ratios.push(check.ratio);
        e.projects.add(projectId);
      }
    }
  }

  const rows: (GoalResult & { ratios: number[] })[] = o.goals
    .filter((g) => perGoal.has(g.goal))
    .map((g) => {
      const e = perGoal.get(g.goal) ?? { checked: 0, unitMismatch: 0, ratios: [], projects: new Set<string>() };
      return {
        ...g,
        checked: e.checked,
        unitMismatch: e.unitMismatch,
        comparable: e.ratios.length,
        projects: e.projects.size,
        status: "too few",
        met: null,
        medianPercent: null,
        ratios: e.ratios,
      };
    });
  const split = minimumN(rows, (r) => r.comparable, o.minimum);
  const ranked = split.ranked
    .map(({ ratios, ...r }): GoalResult => {
      const m = median(ratios);
      return {
        ...r,
        status: "ranked",
        met: proportion(ratios.filter((x) => x >= 1).length, ratios.length),
        medianPercent: m === null ? null : Math.round(m * 100),
      };
    })
    .sort((a, b) => (b.met?.value ?? 0) - (a.met?.value ?? 0) || a.goal - b.goal);
  const tooFew = split.tooFew.map(({ ratios: _r, ...r }): GoalResult => r);
  const separated = ranked.some((a) => ranked.some((b) => (a.met?.lower ?? 0) > (b.met?.upper ?? 1)));
  return { minimum: split.minimum, ranked, tooFew, metrics: counts, leftOut, separated };
}
