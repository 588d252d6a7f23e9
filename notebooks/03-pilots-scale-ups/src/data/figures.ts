// The notebook's figures: the family timeline and the rate of being followed by sector and region.
import { dotPlot, type FigureColumn, figure, stackedBarChart, timelineChart, wrapLabel } from "@hnl/charts";
import type { CsvValue } from "@hnl/data";
import type { CategoryRow } from "./comparison.ts";
import type { ScaleStudy } from "./scale-study.ts";
import { MIN_SIGNAL_N, SHORT_NAMES } from "./signals.ts";

const FOLLOWED = "Followed";
const NOT_FOLLOWED = "Not followed";

/** A figure's data table and CSV: raw values, one variable a column. */
export interface FigureTable {
  rows: Record<string, CsvValue>[];
  columns: FigureColumn[];
}

/** The timeline's table: each drawn project by id and full name, with its bar's label, family and dates. */
export function timelineTable(s: ScaleStudy): FigureTable {
  return {
    rows: s.timeline.rows.map((r) => ({ family: r.family, id: r.id, name: r.name, project: r.project, start: r.start, end: r.end })),
    columns: [
      { field: "family", title: "Family" },
      { field: "id", title: "Project id" },
      { field: "name", title: "Project" },
      { field: "project", title: "Label on the chart (start year, short name)" },
      { field: "start", title: "Start" },
      { field: "end", title: "End" },
    ],
  };
}

/** One row per sector or region: first projects, how many were followed and how many not, and the share followed (%). */
export function followedByTable(s: ScaleStudy, by: "sector" | "region"): FigureTable {
  const cats: CategoryRow[] = by === "sector" ? s.comparison.bySector : s.comparison.byRegion;
  return {
    rows: cats.map((r) => ({
      category: r.category,
      firstProjects: r.firstProjects,
      followed: r.followed,
      notFollowed: r.firstProjects - r.followed,
      followedPercent: r.rate.value === null ? null : Math.round(r.rate.value * 1000) / 10,
    })),
    columns: [
      { field: "category", title: by === "sector" ? "Policy sector" : "Region" },
      { field: "firstProjects", title: "First projects" },
      { field: "followed", title: "Followed" },
      { field: "notFollowed", title: "Not followed" },
      { field: "followedPercent", title: "Followed (% of first projects)" },
    ],
  };
}

/** One bar per project of the largest lineage families, from service start to end, coloured by family. */
export function timelineFigure(s: ScaleStudy): Promise<string> {
  const t = s.timeline;
  const rows = t.rows;
  const spec = timelineChart({
    data: rows,
    label: "project",
    start: "start",
    end: "end",
    group: "family",
    groupTitle: "Family",
    title: `The ${s.counts.drawnFamilies} largest project families over time`,
    description: `${s.counts.drawnProjects} projects of the ${s.counts.drawnFamilies} lineage families with at least ${t.minSize} projects, one bar from the start of service to its end (actual, else anticipated), coloured by family. ${t.undrawn.length} of their projects have no end date and are listed in the lineage view only.`,
    order: rows.map((r) => r.project),
    width: 160,
  });
  return figure({
    id: "family-timeline",
    spec: readableOnPhone(spec, { colourDomain: [...new Set(rows.map((r) => r.family))] }),
    ...timelineTable(s),
    provenance: {
      dataset: s.dataset,
      snapshot: s.snapshot,
      rowsUsed: t.projects,
      filters: "families from the four lineage rules; dates from the projects table",
    },
  });
}

/**
 * @hnl/charts' timeline and stacked bars put their legend in two columns 260 pixels wide, which
 * makes the SVG about 600 pixels wide and, scaled down to a phone, hard to read. One legend
 * column at the axis font size and shorter axis labels keep the SVG about as wide as a phone.
 * `colourDomain` orders the legend (the timeline's families in the order their bars are drawn).
 */
type Spec = ReturnType<typeof timelineChart>;

/** Characters of a legend line: what fits beside the symbol under a phone chart at 12 px. */
const LEGEND_WRAP = 24;

function readableOnPhone(spec: Spec, o: { colourDomain?: readonly string[] } = {}): Spec {
  type Channel = { axis?: Record<string, unknown>; scale?: Record<string, unknown> };
  const s = spec as Spec & { config?: Record<string, unknown>; encoding?: { y?: Channel; color?: Channel } };
  const e = s.encoding ?? {};
  return {
    ...s,
    config: {
      ...s.config,
      legend: { orient: "bottom", columns: 1, labelLimit: 180, labelFontSize: 12, titleFontSize: 12, symbolSize: 120 },
    },
    encoding: {
      ...e,
      y: { ...e.y, axis: { ...e.y?.axis, labelLimit: 165, labelFontSize: 12 } },
      color: {
        ...e.color,
        ...(o.colourDomain
          ? {
              scale: { ...e.color?.scale, domain: [...o.colourDomain] },
              // Long family names wrap onto lines in the legend rather than run past a phone's edge.
              legend: {
                labelExpr: `(${JSON.stringify(Object.fromEntries(o.colourDomain.map((d) => [d, wrapLabel(d, LEGEND_WRAP)])))})[datum.label] || datum.label`,
              },
            }
          : {}),
      },
    },
  } as Spec;
}

/** Followed and not-followed first projects per category (sector or region), as stacked bars. */
export function followedByFigure(s: ScaleStudy, by: "sector" | "region"): Promise<string> {
  const c = s.comparison;
  const cats: CategoryRow[] = by === "sector" ? c.bySector : c.byRegion;
  // The chart stacks two bars a row; the table and CSV give one row per category.
  const bars = cats.flatMap((r) => [
    { category: r.category, status: FOLLOWED, projects: r.followed },
    { category: r.category, status: NOT_FOLLOWED, projects: r.firstProjects - r.followed },
  ]);
  const noun = by === "sector" ? "policy sector" : "region of delivery";
  return figure({
    id: `followed-by-${by}`,
    spec: readableOnPhone(
      stackedBarChart({
        data: bars,
        category: "category",
        value: "projects",
        series: "status",
        categoryTitle: by === "sector" ? "Policy sector" : "Region",
        valueTitle: "First projects",
        seriesTitle: "",
        title: `First projects followed by a later project, by ${noun}`,
        description: `The ${c.inWindow} first projects that started by ${c.lastStartYear}, by ${noun}${by === "region" ? " (a project delivering in two regions counts in both)" : ""}: how many were followed by a later project of their family.`,
        colours: { domain: [FOLLOWED, NOT_FOLLOWED], range: ["#1f5f8b", "#a9bccb"] },
        width: 180,
      }),
    ),
    ...followedByTable(s, by),
    provenance: {
      dataset: s.dataset,
      snapshot: s.snapshot,
      rowsUsed: c.inWindow,
      filters: by === "sector" ? "policy sector from the projects table" : "UN M49 regions of delivery, from the delivery locations table",
    },
  });
}

/** The signals the chart draws: levels with at least `MIN_SIGNAL_N` first projects, not "Not recorded". */
export function signalsTable(s: ScaleStudy): FigureTable {
  return {
    rows: s.signals
      // Income is left to the table: GO Lab classifies too few of the countries for a chart to be read fairly.
      .filter((r) => r.followed.denominator >= MIN_SIGNAL_N && r.level !== "Not recorded" && !r.characteristic.startsWith("Country income"))
      .map((r) => ({
        signal: `${SHORT_NAMES[r.characteristic] ?? r.characteristic}: ${r.level}`,
        characteristic: r.characteristic,
        level: r.level,
        firstProjects: r.followed.denominator,
        followed: r.followed.numerator,
        share: r.followed.value,
        lower: r.followed.lower,
        upper: r.followed.upper,
      })),
    columns: [
      { field: "signal", title: "Label on the chart" },
      { field: "characteristic", title: "Characteristic of the first project" },
      { field: "level", title: "Level" },
      { field: "firstProjects", title: "First projects" },
      { field: "followed", title: "Followed" },
      { field: "share", title: "Share followed" },
      { field: "lower", title: "95% CI, lower" },
      { field: "upper", title: "95% CI, upper" },
    ],
  };
}

/** The share of first projects followed, per characteristic and level, each with its 95% interval. */
export function signalsFigure(s: ScaleStudy): Promise<string> {
  const t = signalsTable(s);
  const c = s.comparison;
  return figure({
    id: "scale-signals-chart",
    spec: dotPlot({
      data: t.rows,
      category: "signal",
      value: "share",
      lower: "lower",
      upper: "upper",
      intervalTitle: "95% confidence interval",
      format: ".0%",
      zero: true,
      order: t.rows.map((r) => String(r.signal)),
      categoryTitle: "Characteristic: level",
      valueTitle: "First projects followed",
      title: "Share of first projects followed, by characteristic",
      description: `Of the ${c.inWindow} first projects that started by ${c.lastStartYear}, the share with each characteristic that was followed by a later project of their family, with a 95% Wilson interval; levels with fewer than ${MIN_SIGNAL_N} projects, those not recorded, and country income are in the table only.`,
      width: 170,
    }),
    ...t,
    provenance: {
      dataset: s.dataset,
      snapshot: s.snapshot,
      rowsUsed: c.inWindow,
      filters: `first projects started by ${c.lastStartYear}; levels with at least ${MIN_SIGNAL_N} projects`,
    },
  });
}
