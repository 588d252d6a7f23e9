import type { CsvValue } from "@hnl/data";
import type { TopLevelSpec } from "vega-lite";
import { axisFormat } from "./axis-format.js";
import { checkChartData } from "./check-chart-data.js";
import { message } from "./messages.js";
import { accent, pointShapes, theme } from "./theme.js";

export interface LineChartOptions {
  /** Tidy rows: one per point (per series and x). */
  data: readonly Record<string, CsvValue>[];
  /** Field along the x axis: a year, a date or an ordered label (see `xType`). */
  x: string;
  /** Field holding the number; null (or a missing year) leaves a gap in the line. */
  y: string;
  /** Field naming the line a row belongs to; each line gets a colour, a point shape and a legend entry. */
  series?: string;
  xTitle: string;
  yTitle: string;
  seriesTitle?: string;
  title: string;
  /** One or two sentences saying what the chart shows, for screen readers. */
  description: string;
  /**
   * `year` (default): whole years (2019 or "2019"), a year missing between two others is a gap;
   * `date`: ISO dates ("2020-03-31"), on a time axis; `ordinal`: labels in the order of the rows
   * (e.g. "2019/20", survey waves), evenly spaced.
   */
  xType?: "year" | "date" | "ordinal";
  /** Colours for series values, in the order given; otherwise the tableau10 scheme. */
  colours?: { domain: readonly string[]; range: readonly string[] };
  /** d3 format of the y axis and tooltips (e.g. `.0%` for shares); default `,`. */
  format?: string;
  /** Start the y axis at zero (default true: honest for counts and amounts). */
  zero?: boolean;
  width?: number;
}

/** Lines a reader can tell apart by colour and point shape. */
const MAX_SERIES = pointShapes.length;

/**
 * A line chart (time series) of one or several series, each point marked. With several series
 * each line has its own colour and point shape and the legend names them. A null value, or a year
 * missing between two years of a series, breaks its line instead of drawing a slope no data shows.
 *
 * @example
 * lineChart({ data: [{ year: 2019, n: 21 }, { year: 2021, n: 30 }], x: "year", y: "n",
 *   xTitle: "Year", yTitle: "Projects launched", title: "Launches by year", description: "..." })
 */
export function lineChart(o: LineChartOptions): TopLevelSpec {
  const xType = o.xType ?? "year";
  checkChartData("lineChart", o.data, [
    { option: "x", field: o.x, kind: xType === "ordinal" ? "any" : xType },
    { option: "y", field: o.y, kind: "number", nullable: true },
    ...(o.series === undefined ? [] : [{ option: "series", field: o.series, kind: "any" as const }]),
  ]);
  const seriesField = o.series;
  const names = seriesField === undefined ? [] : [...new Set(o.data.map((d) => String(d[seriesField])))];
  if (seriesField !== undefined && names.length > MAX_SERIES)
    throw new Error(message.tooManySeries("lineChart", "series", seriesField, names, MAX_SERIES));
  const rows = o.data.map((d) => ({
    ...d,
    ...(xType === "year" ? { [o.x]: Number(d[o.x]) } : {}),
    // Series names as text, so 2019 and "2019" are one line and match the legend's domain.
    ...(seriesField === undefined ? {} : { [seriesField]: String(d[seriesField]) }),
    ...(d[o.y] === "" || d[o.y] === undefined ? { [o.y]: null } : {}),
  }));
  const values = xType === "year" ? [...rows, ...missingYears(rows, o.x, o.y, seriesField)] : rows;
  const format = o.format ?? ",";
  const domain = o.colours ? [...o.colours.domain] : names;
  const colour =
    seriesField === undefined
      ? {}
      : {
          color: {
            field: seriesField,
            type: "nominal" as const,
            title: o.seriesTitle ?? seriesField,
            scale: o.colours ? { domain, range: [...o.colours.range] } : { domain, scheme: "tableau10" },
          },
          shape: {
            field: seriesField,
            type: "nominal" as const,
            title: o.seriesTitle ?? seriesField,
            scale: { domain, range: pointShapes },
          },
        };
  const x =
    xType === "year"
      ? {
          field: o.x,
          type: "quantitative" as const,
          title: o.xTitle,
          // Half a step of room at each end, so the first and last years and their points stand clear of the edges.
          scale: { zero: false, nice: false, padding: 12 },
          axis: { format: "d", tickMinStep: 1 },
        }
      : xType === "date"
        ? {
            field: o.x,
            type: "temporal" as const,
            title: o.xTitle,
            scale: { type: "utc" as const },
            // Months with their year over a short span; years alone over a long one.
            axis: { format: dateSpan(o.data, o.x) < 3 * 365 ? "%b %Y" : "%Y", labelFlush: true },
          }
        : {
            field: o.x,
            type: "ordinal" as const,
            title: o.xTitle,
            sort: [...new Set(o.data.map((d) => String(d[o.x])))],
            scale: { padding: 0.3 },
            axis: { labelAngle: 0, labelOverlap: "parity" as const },
          };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: o.title,
    description: o.description,
    config: { ...theme, legend: { ...theme.legend, orient: "bottom", columns: 2 } },
    width: o.width ?? 300,
    height: 240,
    data: { values },
    // Points are drawn in the order of x (a line through rows in any other order would zigzag).
    mark: {
      type: "line",
      point: { filled: true, size: 50 },
      strokeWidth: 2,
      tooltip: true,
      ...(seriesField === undefined ? { color: accent } : {}),
    },
    encoding: {
      x,
      y: {
        field: o.y,
        type: "quantitative",
        title: o.yTitle,
        scale: { zero: o.zero ?? true },
        axis: { format: axisFormat(format), tickCount: 5 },
      },
      ...colour,
      tooltip: [
        ...(seriesField === undefined ? [] : [{ field: seriesField, type: "nominal" as const, title: o.seriesTitle ?? seriesField }]),
        {
          field: o.x,
          type: x.type,
          title: o.xTitle,
          ...(xType === "year" ? { format: "d" } : xType === "date" ? { format: "%e %b %Y" } : {}),
        },
        { field: o.y, type: "quantitative", title: o.yTitle, format },
      ],
    },
  };
}

/** Days from the first date of a field to the last. */
function dateSpan(rows: readonly Record<string, CsvValue>[], field: string): number {
  const times = rows.map((r) => Date.parse(String(r[field])));
  return (Math.max(...times) - Math.min(...times)) / 86_400_000;
}

/** A row with a null value for each year missing inside a series' span, so its line breaks there. */
function missingYears(
  rows: readonly Record<string, CsvValue>[],
  x: string,
  y: string,
  series: string | undefined,
): Record<string, CsvValue>[] {
  const years = new Map<string, Set<number>>();
  for (const r of rows) {
    const key = series === undefined ? "" : String(r[series]);
    const set = years.get(key) ?? new Set<number>();
    set.add(Number(r[x]));
    years.set(key, set);
  }
  const gaps: Record<string, CsvValue>[] = [];
  for (const [key, set] of years) {
    const sorted = [...set].sort((a, b) => a - b);
    const first = sorted[0] ?? 0;
    const last = sorted.at(-1) ?? 0;
    for (let year = first + 1; year < last; year++)
      if (!set.has(year)) gaps.push({ [x]: year, [y]: null, ...(series === undefined ? {} : { [series]: key }) });
  }
  return gaps;
}
