// One figure of the pipeline-against-impact-bonds comparison (regions, sectors or instruments): paired
// dots with 95% Wilson intervals, and its table with counts, bases and intervals apart.
import { dotPlot, type FigureOptions } from "@hnl/charts";
import { PLOT_WIDTH } from "./chart-order.ts";
import type { FigureTable } from "./figure-tables.ts";
import type { ComparisonRow, Dimension } from "./indigo-comparison.ts";
import type { PipelineSummary } from "./pipeline-summary.ts";
import type { VersusIndigo } from "./versus-indigo.ts";

/** The two series' names in the legend and table. */
export const PIPELINE = "Pipeline (2022)";
export const IMPACT_BONDS = "Impact bonds (INDIGO)";

/** Names shortened on the chart's axis only (the table keeps the full name). */
const SHORT: Record<string, string> = {
  "Latin America and the Caribbean": "Latin Am. & Caribbean",
  "Agriculture and environment": "Agriculture, environment",
};

const BASE_WORDS: Record<Dimension, string> = {
  Region: "projects whose region is known",
  Sector: "projects naming a sector",
  Instrument: "all projects",
};

const percent = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

/** The comparison rows of one dimension as a tidy table: one row per category and dataset. */
export function versusIndigoTable(v: VersusIndigo, dimension: Dimension): FigureTable {
  const rows = v.rows
    .filter((r) => r.dimension === dimension)
    .flatMap((r) =>
      [
        { dataset: PIPELINE, p: r.pipeline },
        { dataset: IMPACT_BONDS, p: r.indigo },
      ].map(({ dataset, p }) => ({
        category: r.category,
        dataset,
        projects: p === null ? "not recorded" : p.numerator,
        base: p === null ? null : p.denominator,
        sharePercent: percent(p?.value ?? null),
        lowerPercent: percent(p?.lower ?? null),
        upperPercent: percent(p?.upper ?? null),
      })),
    );
  return {
    rows,
    columns: [
      { field: "category", title: dimension },
      { field: "dataset", title: "Dataset" },
      { field: "projects", title: "Projects" },
      { field: "base", title: `Base (${BASE_WORDS[dimension]})` },
      { field: "sharePercent", title: "Share (%)" },
      { field: "lowerPercent", title: "95% CI, lower (%)" },
      { field: "upperPercent", title: "95% CI, upper (%)" },
    ],
  };
}

/**
 * The figure of one dimension: a dot per dataset and category at its share, with its 95% Wilson
 * interval; a category the Impact Bond Dataset does not record has the pipeline's dot only.
 */
export function versusIndigoFigure(
  s: PipelineSummary,
  o: { id: string; dimension: Dimension; title: string; categoryTitle: string; description: string },
): FigureOptions {
  const v = s.vsIndigo;
  const rows = v.rows.filter((r) => r.dimension === o.dimension);
  const dots = rows.flatMap((r: ComparisonRow) =>
    [
      { group: PIPELINE, p: r.pipeline },
      { group: IMPACT_BONDS, p: r.indigo },
    ].flatMap(({ group, p }) =>
      p === null || p.value === null
        ? []
        : [{ category: SHORT[r.category] ?? r.category, group, share: p.value, lower: p.lower ?? p.value, upper: p.upper ?? p.value }],
    ),
  );
  const base = v.bases[o.dimension];
  return {
    id: o.id,
    spec: withEdgeRoom(
      dotPlot({
        data: dots,
        category: "category",
        value: "share",
        series: "group",
        seriesTitle: "Dataset",
        lower: "lower",
        upper: "upper",
        intervalTitle: "95% confidence interval",
        format: ".0%",
        zero: true,
        order: rows.map((r) => SHORT[r.category] ?? r.category),
        colours: { domain: [PIPELINE, IMPACT_BONDS], range: ["#e07b00", "#1f5f8b"] },
        categoryTitle: o.categoryTitle,
        valueTitle: `Share of ${BASE_WORDS[o.dimension]}`,
        title: o.title,
        description: o.description,
        width: PLOT_WIDTH,
      }),
      Math.max(...dots.map((d) => d.upper)),
    ),
    ...versusIndigoTable(v, o.dimension),
    provenance: {
      dataset: `${s.dataset} and ${v.dataset}`,
      snapshot: `${s.snapshot}; ${v.snapshot}`,
      rowsUsed: base.pipeline + base.indigo,
      filters: `${BASE_WORDS[o.dimension]}: ${base.pipeline} pipeline projects and ${base.indigo} impact bonds; categories aligned as the appendix states`,
    },
  };
}

type Layered = { layer?: { mark?: unknown; encoding?: { x?: Record<string, unknown> & { scale?: Record<string, unknown> } } }[] };

/**
 * The dot plot with a few pixels of room at each end of its axis, so a dot at 0% or 100% is drawn
 * whole, and ticks far enough apart that "60%" and "80%" do not run together on a phone.
 */
export function withEdgeRoom(spec: FigureOptions["spec"], highest: number): FigureOptions["spec"] {
  const s = spec as unknown as Layered;
  // Past 50%, ticks every 20% crowd a phone's narrow axis ("60%80%"): every 25% instead.
  const ticks = highest > 0.5 ? { values: [0, 0.25, 0.5, 0.75, 1].filter((v) => v <= Math.min(1, highest + 0.1)) } : { tickCount: 4 };
  return {
    ...spec,
    layer: (s.layer ?? []).map((l) =>
      l.encoding?.x?.scale === undefined
        ? l
        : {
            ...l,
            encoding: {
              ...l.encoding,
              x: {
                ...l.encoding.x,
                scale: { ...l.encoding.x.scale, padding: 7 },
                axis: { ...((l.encoding.x.axis as Record<string, unknown> | undefined) ?? {}), ...ticks },
              },
            },
          },
    ),
  } as unknown as FigureOptions["spec"];
}
