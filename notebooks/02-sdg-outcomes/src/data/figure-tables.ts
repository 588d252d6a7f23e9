// The data table and CSV of the SDG figures: raw values, one variable a column. A goal is its
// number and its title in columns of their own; a count never carries its n or base in a label.
import type { FigureColumn } from "@hnl/charts";
import type { CsvValue } from "@hnl/data";
import type { SdgAnalysis } from "./sdg-analysis.ts";

/** A figure's rows and columns, as `figure()` takes them. */
export interface FigureTable {
  rows: Record<string, CsvValue>[];
  columns: FigureColumn[];
}

/** A share in percent, to one decimal; null when there is no base. */
export function sharePercent(count: number, base: number): number | null {
  return base === 0 ? null : Math.round((count / base) * 1000) / 10;
}

const GOAL_COLUMNS: FigureColumn[] = [
  { field: "goal", title: "SDG goal (number)" },
  { field: "goalTitle", title: "SDG goal" },
];

/** Figure "sdg-by-region": projects linked to each goal per region, with the region's linked projects as the base. */
export function byRegionTable(a: SdgAnalysis): FigureTable {
  return {
    rows: a.byRegion.map((c) => ({
      region: c.region,
      goal: c.goal,
      goalTitle: c.title,
      projects: c.projects,
      linkedProjects: c.linked,
      sharePercent: sharePercent(c.projects, c.linked),
    })),
    columns: [
      { field: "region", title: "Region" },
      ...GOAL_COLUMNS,
      { field: "projects", title: "Projects linked to the goal" },
      { field: "linkedProjects", title: "Projects of the region linked to any goal" },
      { field: "sharePercent", title: "Share of the region's linked projects (%)" },
    ],
  };
}

/** Figure "sdg-achievement": per goal, the median of outcomes achieved against target, and the metrics it rests on. */
export function achievementTable(a: SdgAnalysis): FigureTable {
  return {
    rows: a.achievement.map((x) => ({
      goal: x.goal,
      goalTitle: x.title,
      medianPercent: medianPercent(x.medianRatio),
      metTarget: x.metTarget,
      metrics: x.metrics,
    })),
    columns: [
      ...GOAL_COLUMNS,
      { field: "medianPercent", title: "Median achieved, % of target" },
      { field: "metTarget", title: "Metrics at or above target" },
      { field: "metrics", title: "Metrics with a final result and a target" },
    ],
  };
}

/**
 * The bars of figure "sdg-achievement": the goal as its plain label, and the number written at
 * the bar's end with the metrics it rests on ("67% · n = 26"), so the n is never cut with a label.
 */
export function achievementBars(a: SdgAnalysis): { goal: string; medianPercent: number | null; metrics: number; note: string }[] {
  return a.achievement.map((x) => {
    const median = medianPercent(x.medianRatio);
    const note = median === null ? `n = ${x.metrics}` : `${median}% · n = ${x.metrics}`;
    return { goal: x.label, medianPercent: median, metrics: x.metrics, note };
  });
}

function medianPercent(ratio: number | null): number | null {
  return ratio === null ? null : Math.round(ratio * 100);
}
