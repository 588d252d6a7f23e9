import type { CsvValue } from "@hnl/data";
import type { TopLevelSpec } from "vega-lite";
import { axisFormat } from "./axis-format.js";
import { checkChartData } from "./check-chart-data.js";
import { message } from "./messages.js";
import { accent, theme } from "./theme.js";

export interface DotPlotOptions {
  /** Tidy rows: one per dot (per category, and per series when there are two). */
  data: readonly Record<string, CsvValue>[];
  /** Field holding the category (drawn on the y axis, so long names stay readable on a phone). */
  category: string;
  /** Field holding the number the dot stands at. */
  value: string;
  categoryTitle: string;
  valueTitle: string;
  title: string;
  /** One or two sentences saying what the chart shows, for screen readers. */
  description: string;
  /** Field naming which of two values a row is (e.g. 2015 and 2022; women and men): a dot each, in its colour, joined by a line. */
  series?: string;
  seriesTitle?: string;
  /** Fields with the lower and upper ends of an interval around each value (e.g. a 95% confidence interval), drawn as a line through the dot. */
  lower?: string;
  upper?: string;
  /** What the interval is, for the axis title and tooltips (default "Interval"). */
  intervalTitle?: string;
  /** Categories top to bottom in this order; otherwise largest value (of the first series) first. */
  order?: readonly string[];
  /** Colours for the two series values, in the order given. */
  colours?: { domain: readonly string[]; range: readonly string[] };
  /** d3 format of the axis and tooltips (e.g. `.0%` for shares); default `,`. */
  format?: string;
  /** Start the axis at zero (default false: a dot, unlike a bar, need not). */
  zero?: boolean;
  width?: number;
}

const TWO_COLOURS = ["#1f5f8b", "#e07b00"];

/**
 * A Cleveland dot plot: one dot per category at its value, categories on the y axis largest
 * first. With a `series` of two values (before and after, women and men) each category has two
 * dots joined by a line, so the gap is what the eye reads; with `lower` and `upper` each dot has
 * its interval (a confidence interval) as a line through it. Choose it over bars when the values
 * do not start from zero (shares, scores, rates with intervals) or when two values per category
 * are compared.
 *
 * @example
 * dotPlot({ data: [{ region: "Europe", share: 0.72, lo: 0.65, hi: 0.78 }], category: "region", value: "share",
 *   lower: "lo", upper: "hi", intervalTitle: "95% confidence interval", format: ".0%",
 *   categoryTitle: "Region", valueTitle: "Outcomes achieved", title: "...", description: "..." })
 */
export function dotPlot(o: DotPlotOptions): TopLevelSpec {
  const interval = o.lower !== undefined && o.upper !== undefined ? { lower: o.lower, upper: o.upper } : undefined;
  checkChartData("dotPlot", o.data, [
    { option: "category", field: o.category, kind: "any" },
    { option: "value", field: o.value, kind: "number" },
    ...(o.series === undefined ? [] : [{ option: "series", field: o.series, kind: "any" as const }]),
    ...(interval === undefined
      ? []
      : [
          { option: "lower", field: interval.lower, kind: "number" as const, nullable: true },
          { option: "upper", field: interval.upper, kind: "number" as const, nullable: true },
        ]),
  ]);
  const seriesField = o.series;
  const names = seriesField === undefined ? [] : [...new Set(o.data.map((d) => String(d[seriesField])))];
  if (seriesField !== undefined && names.length > 2) throw new Error(message.tooManySeries("dotPlot", "series", seriesField, names, 2));
  const domain = o.colours ? [...o.colours.domain] : names;
  const first = domain[0];
  const values = o.data.map((d) => ({ ...d, ...(seriesField === undefined ? {} : { [seriesField]: String(d[seriesField]) }) }));
  const order =
    o.order !== undefined
      ? [...o.order]
      : values
          .filter((d) => seriesField === undefined || d[seriesField] === first)
          .sort((a, b) => Number(b[o.value]) - Number(a[o.value]))
          .map((d) => String(d[o.category]))
          .concat(values.map((d) => String(d[o.category])))
          .filter((c, i, all) => all.indexOf(c) === i);
  const format = o.format ?? ",";
  const intervalTitle = o.intervalTitle ?? "Interval";
  // Two series with intervals sit side by side in each band, so their lines do not hide each other.
  const offset = seriesField !== undefined && interval !== undefined;
  const colour =
    seriesField === undefined
      ? { value: accent }
      : {
          field: seriesField,
          type: "nominal" as const,
          title: o.seriesTitle ?? seriesField,
          scale: { domain, range: o.colours ? [...o.colours.range] : TWO_COLOURS },
        };
  const yOffset =
    offset && seriesField !== undefined
      ? { yOffset: { field: seriesField, type: "nominal" as const, scale: { domain, paddingOuter: 0.6 } } }
      : {};
  const tooltip = [
    { field: o.category, type: "nominal" as const, title: o.categoryTitle },
    ...(seriesField === undefined ? [] : [{ field: seriesField, type: "nominal" as const, title: o.seriesTitle ?? seriesField }]),
    { field: o.value, type: "quantitative" as const, title: o.valueTitle, format },
    ...(interval === undefined
      ? []
      : [
          { field: interval.lower, type: "quantitative" as const, title: `${intervalTitle}, from`, format },
          { field: interval.upper, type: "quantitative" as const, title: `${intervalTitle}, to`, format },
        ]),
  ];
  const xTitle = interval === undefined ? o.valueTitle : [o.valueTitle, `(line: ${intervalTitle})`];
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: o.title,
    description: o.description,
    config: { ...theme, legend: { ...theme.legend, orient: "bottom", columns: 2 } },
    width: o.width ?? 280,
    // Two series side by side need a band of two rows; a step would size each row, and grow each for wrapped names.
    height: offset ? order.length * 40 : { step: 22 },
    data: { values },
    encoding: {
      y: {
        field: o.category,
        type: "nominal",
        title: null,
        sort: order,
        // Padding wider than a dot's radius: a dot at the scale's start never covers a name's last letter.
        axis: { labelLimit: 170, labelPadding: 8, grid: true, gridDash: [2, 3], domain: false, ticks: false },
      },
    },
    layer: [
      // The line between a category's two dots: the gap the chart is about.
      ...(seriesField !== undefined && !offset
        ? [
            {
              mark: { type: "rule" as const, color: "#999", strokeWidth: 2 },
              encoding: {
                x: { aggregate: "min" as const, field: o.value, type: "quantitative" as const, title: xTitle },
                x2: { aggregate: "max" as const, field: o.value },
              },
            },
          ]
        : []),
      ...(interval === undefined
        ? []
        : [
            {
              mark: { type: "rule" as const, strokeWidth: 2, opacity: 0.7 },
              encoding: {
                x: { field: interval.lower, type: "quantitative" as const, title: xTitle },
                x2: { field: interval.upper },
                color: colour,
                ...yOffset,
              },
            },
          ]),
      {
        mark: { type: "circle", size: 90, opacity: 1, stroke: "#fff", strokeWidth: 1, tooltip: true },
        encoding: {
          x: {
            field: o.value,
            type: "quantitative",
            title: xTitle,
            scale: { zero: o.zero ?? false },
            // The title ends where the plot ends: centred under a plot narrowed by long names, it would run off a phone's drawing.
            axis: { format: axisFormat(format), tickCount: 5, titleAnchor: "end" },
          },
          color: colour,
          ...yOffset,
          tooltip,
        },
      },
    ],
  };
}
