import type { FigureOptions } from "@hnl/charts";

/** A Vega-Lite spec, as the charts package takes it (its type, without a direct dependency on vega-lite). */
type TopLevelSpec = FigureOptions["spec"];

type Encoded = { encoding?: Record<string, unknown> & { y?: Record<string, unknown> } };

/**
 * The spec with its bars in the given order (top to bottom). `barChart` and `stackedBarChart`
 * always draw the largest first; a pipeline (scoping to final negotiations), dates or size bands
 * read better in their own order, so this replaces the y encoding's `sort`.
 *
 * @example
 * inCategoryOrder(barChart({ ... }), ["Scoping", "Early stage", "Late stage", "Final negotiations"])
 */
export function inCategoryOrder(spec: TopLevelSpec, order: readonly string[]): TopLevelSpec {
  const s = spec as TopLevelSpec & Encoded;
  if (s.encoding?.y === undefined) throw new Error("inCategoryOrder: the spec has no y encoding to order.");
  const axis = (s.encoding.y.axis ?? {}) as Record<string, unknown>;
  // Labels are measured without a canvas at build time, by an estimate that runs wide, so the
  // charts' 170px limit cuts names of about 16 characters ("Final negotiati…"); 220px keeps the
  // short labels this page uses (at most 21 characters) whole.
  return {
    ...s,
    encoding: { ...s.encoding, y: { ...s.encoding.y, sort: [...order], axis: { ...axis, labelLimit: LABEL_LIMIT } } },
  } as TopLevelSpec;
}

/** The y-axis label limit of this page's bar charts, in pixels. */
export const LABEL_LIMIT = 220;
/** The plot width of this page's bar charts: a little narrower than the default, so the labels stay legible on a phone. */
export const PLOT_WIDTH = 230;

/** The stacked spec with its parts stacked by a numeric field (e.g. a stage's position in the pipeline) instead of by name. */
export function stackedBy(spec: TopLevelSpec, field: string): TopLevelSpec {
  const s = spec as TopLevelSpec & Encoded;
  if (s.encoding === undefined) throw new Error("stackedBy: the spec has no encoding to stack.");
  return { ...s, encoding: { ...s.encoding, order: { field, type: "quantitative" } } } as TopLevelSpec;
}
