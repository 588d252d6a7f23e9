// The data tables and CSV of the SDG figures: raw values, one variable a column. A goal is its
// number and its title in columns of their own; a count never carries its n or base in a label.
// The page's own tables (regions, evidence) get their rows here too, as text a reader reads.
import type { Proportion } from "@hnl/analysis";
import type { FigureColumn, PhoneTable } from "@hnl/charts";
import type { CsvValue } from "@hnl/data";
import type { GoalShareRow } from "./goal-shares.ts";
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

const percent = (x: number | null): number | null => (x === null ? null : Math.round(x * 1000) / 10);

const GOAL_COLUMNS: FigureColumn[] = [
  { field: "goal", title: "SDG goal (number)" },
  { field: "goalTitle", title: "SDG goal" },
];

/** The heatmap's regions top to bottom; its table follows the same order. */
export const REGION_ORDER = ["All regions", "Europe", "Northern America", "Oceania", "Asia", "Africa", "Latin America and the Caribbean"];

/**
 * Figure "sdg-by-region": projects linked to each goal per region, with the region's linked
 * projects as the base. Rows run region by region, most targeted goal first, so the table a phone
 * shows instead of the grid reads as a ranking. Goals no project of a region targets (the grid's
 * 0 cells) are not rows: the page lists them by region under the figure.
 */
export function byRegionTable(a: SdgAnalysis): FigureTable {
  const order = (r: string) => REGION_ORDER.indexOf(r);
  return {
    rows: a.byRegion
      .filter((c) => c.projects > 0)
      .sort((x, y) => order(x.region) - order(y.region) || y.projects - x.projects || x.goal - y.goal)
      .map((c) => ({
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

/** How many goals per region the phone's shorter table of Figure "sdg-by-region" lists. */
export const PHONE_TOP_GOALS = 3;

/**
 * What a phone shows in place of the heatmap: each region's most targeted goals (ties at the cut
 * kept), three columns so it stays a table there; every cell is in the figure's full data table.
 */
export function byRegionPhoneTable(a: SdgAnalysis): PhoneTable {
  const rows = byRegionTable(a).rows;
  const kept = rows.filter((r) => {
    const ofRegion = rows.filter((x) => x.region === r.region).map((x) => Number(x.projects));
    return Number(r.projects) >= (ofRegion[PHONE_TOP_GOALS - 1] ?? 0);
  });
  return {
    note: `The table lists the ${PHONE_TOP_GOALS} goals each region's projects target most (more where goals tie), with the projects linked to each`,
    rows: kept.map((r) => ({ region: r.region, goal: `${r.goal} ${r.goalTitle}`, projects: r.projects })),
    columns: [
      { field: "region", title: "Region" },
      { field: "goal", title: "SDG goal" },
      { field: "projects", title: "Projects" },
    ],
  };
}

/**
 * Figure "sdg-achievement": every goal with a metric checked, ranked goals first (by share at or
 * above target), then the goals with too few comparable metrics, which have no share.
 */
export function achievementTable(a: SdgAnalysis): FigureTable {
  const r = a.results;
  return {
    rows: [...r.ranked, ...r.tooFew].map((x) => ({
      goal: x.goal,
      goalTitle: x.title,
      status: x.status === "ranked" ? "Ranked" : `Too few (under ${r.minimum} comparable metrics)`,
      comparable: x.comparable,
      projects: x.projects,
      unitMismatch: x.unitMismatch,
      metTarget: x.met?.numerator ?? null,
      metPercent: percent(x.met?.value ?? null),
      lowerPercent: percent(x.met?.lower ?? null),
      upperPercent: percent(x.met?.upper ?? null),
      medianPercent: x.medianPercent,
    })),
    columns: [
      ...GOAL_COLUMNS,
      { field: "status", title: "Shown as" },
      { field: "comparable", title: "Comparable metrics (n)" },
      { field: "projects", title: "Projects they come from" },
      { field: "unitMismatch", title: "Metrics left out: result and target in different units" },
      { field: "metTarget", title: "Metrics at or above target" },
      { field: "metPercent", title: "Share at or above target (%)" },
      { field: "lowerPercent", title: "95% CI, lower (%)" },
      { field: "upperPercent", title: "95% CI, upper (%)" },
      { field: "medianPercent", title: "Median result, % of target" },
    ],
  };
}

/** The dots of figure "sdg-achievement": ranked goals only, share at or above target and its interval. */
export function achievementDots(a: SdgAnalysis): { goal: string; share: number; lower: number; upper: number }[] {
  return a.results.ranked.map((x) => ({
    // "n=26" as one word, so a wrapped label never breaks the n from its number.
    goal: `${x.label} (n=${x.comparable})`,
    share: x.met?.value ?? 0,
    lower: x.met?.lower ?? 0,
    upper: x.met?.upper ?? 0,
  }));
}

/** The dots of a two-group comparison (cohorts; INDIGO and pipeline): goals some project of either group targets. */
export function shareDots(rows: readonly GoalShareRow[]): { goal: string; group: string; share: number; lower: number; upper: number }[] {
  const targeted = new Set(rows.filter((r) => r.projects > 0).map((r) => r.goal));
  return rows
    .filter((r) => targeted.has(r.goal))
    .map((r) => ({ goal: r.label, group: r.group, share: r.share.value ?? 0, lower: r.share.lower ?? 0, upper: r.share.upper ?? 0 }));
}

/** The data table of a two-group comparison: every goal of each group, with count, base, share and interval. */
export function shareTable(rows: readonly GoalShareRow[], groupTitle: string): FigureTable {
  return {
    rows: rows.map((r) => ({
      group: r.group,
      goal: r.goal,
      goalTitle: r.title,
      projects: r.projects,
      base: r.base,
      sharePercent: percent(r.share.value),
      lowerPercent: percent(r.share.lower),
      upperPercent: percent(r.share.upper),
    })),
    columns: [
      { field: "group", title: groupTitle },
      ...GOAL_COLUMNS,
      { field: "projects", title: "Projects targeting the goal" },
      { field: "base", title: "Projects linked to any goal" },
      { field: "sharePercent", title: "Share (%)" },
      { field: "lowerPercent", title: "95% CI, lower (%)" },
      { field: "upperPercent", title: "95% CI, upper (%)" },
    ],
  };
}

/** Rows of the page's regional table: one per region of the question. */
export function regionRows(a: SdgAnalysis): { region: string; linked: number; top: string; none: string }[] {
  return a.regions.map((r) => ({
    region: r.region,
    linked: r.linked,
    top:
      r.status === "too few"
        ? `Too few to rank (under ${a.minimum}): ${r.top.map((t) => `${t.label}, ${t.projects}`).join("; ")}`
        : r.top.map((t) => `${t.label}: ${t.share.label}`).join("; "),
    none: `${r.notTargeted.length}: ${r.notTargeted.join(", ")}`,
  }));
}

/** A share as a table cell: "72 of 259 · 28% (23–34)", the interval in percent. */
export function shareCell(p: Proportion): string {
  if (p.value === null || p.lower === null || p.upper === null) return `${p.numerator} of ${p.denominator}`;
  const pct = (x: number) => Math.round(x * 100);
  return `${p.numerator} of ${p.denominator} · ${pct(p.value)}% (${pct(p.lower)}–${pct(p.upper)})`;
}

/** Rows of the page's table on outcome metrics: one per goal with at least the minimum of linked projects. */
export function metricEvidenceRows(a: SdgAnalysis): Record<string, string | number>[] {
  return a.evidence.goals.map((g) => ({
    goal: g.label,
    metrics: g.metrics,
    finalResult: shareCell(g.finalResult),
    priced: shareCell(g.priced),
    validated: shareCell(g.validated),
    individual: shareCell(g.individual),
  }));
}

/** Rows of the page's table on contracts: one per goal with at least the minimum of linked projects. */
export function contractEvidenceRows(a: SdgAnalysis): Record<string, string | number>[] {
  return a.evidence.goals.map((g) => ({
    goal: g.label,
    projects: g.projects,
    governmentPayer: shareCell(g.governmentPayer),
    payment:
      g.monthsToFirstPayment === null
        ? `Too few (${g.paymentTimed} ${g.paymentTimed === 1 ? "project" : "projects"} with both dates)`
        : `${g.monthsToFirstPayment} ${g.monthsToFirstPayment === 1 ? "month" : "months"} (${g.paymentTimed} projects)`,
    sector: `${g.mainSector}: ${shareCell(g.mainSectorShare)}`,
  }));
}

/** The columns of the two evidence tables, in reading order. */
export const EVIDENCE_COLUMNS = {
  metrics: [
    { field: "goal", title: "SDG goal" },
    { field: "metrics", title: "Outcome metrics" },
    { field: "finalResult", title: "Final result reported" },
    { field: "priced", title: "Price per outcome recorded" },
    { field: "validated", title: "Validation method recorded" },
    { field: "individual", title: "Target counted in individuals (of those with a unit)" },
  ],
  contracts: [
    { field: "goal", title: "SDG goal" },
    { field: "projects", title: "Projects" },
    { field: "governmentPayer", title: "Government outcome payer (of those with a payer's role)" },
    { field: "payment", title: "Median months from service start to the end of the first paid period" },
    { field: "sector", title: "Main policy sector of the metrics" },
  ],
};
