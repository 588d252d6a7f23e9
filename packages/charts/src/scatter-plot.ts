import type { CsvValue } from "@hnl/data";
import type { TopLevelSpec } from "vega-lite";
import { axisFormat } from "./axis-format.js";
import { checkChartData } from "./check-chart-data.js";
import { message } from "./messages.js";
import { accent, pointShapes, theme } from "./theme.js";

export interface ScatterPlotOptions {
  /** Rows of the chart, one point each. */
  data: readonly Record<string, CsvValue>[];
  /** Field holding the number along the x axis. */
  x: string;
  /** Field holding the number up the y axis. */
  y: string;
  xTitle: string;
  yTitle: string;
  title: string;
  /** One or two sentences saying what the chart shows, for screen readers. */
  description: string;
  /** Field whose values colour the points (each also gets a point shape and a legend entry). */
  group?: string;
  groupTitle?: string;
  /** Colours for group values, in the order given; otherwise the tableau10 scheme. */
  colours?: { domain: readonly string[]; range: readonly string[] };
  /** Field holding a number that sizes the points (area), with a legend. */
  size?: string;
  sizeTitle?: string;
  /** Field naming each point (in the tooltip, and for `labels`). */
  label?: string;
  /** Values of `label` written next to their points: a few that carry the point, not all. */
  labels?: readonly string[];
  /** d3 formats of the axes and tooltips (e.g. `.0%`, `$,.0f`); default `,`. */
  xFormat?: string;
  yFormat?: string;
  /** Start an axis at zero (default false for both). */
  xZero?: boolean;
  yZero?: boolean;
  width?: number;
}

const MAX_GROUPS = pointShapes.length;

/**
 * A scatter plot of two numbers, one point per row: optionally coloured (and shaped) by a group,
 * sized by a third number, and with a few named points labelled. Labels sit on the side of their
 * point that faces the middle of the chart, so none runs off its edge.
 *
 * @example
 * scatterPlot({ data: [{ name: "A", capital: 2.5, outcomes: 0.7 }], x: "capital", y: "outcomes",
 *   xTitle: "Capital raised (USD million)", yTitle: "Outcomes achieved", yFormat: ".0%",
 *   label: "name", labels: ["A"], title: "...", description: "..." })
 */
export function scatterPlot(o: ScatterPlotOptions): TopLevelSpec {
  checkChartData("scatterPlot", o.data, [
    { option: "x", field: o.x, kind: "number" },
    { option: "y", field: o.y, kind: "number" },
    ...(o.group === undefined ? [] : [{ option: "group", field: o.group, kind: "any" as const }]),
    ...(o.size === undefined ? [] : [{ option: "size", field: o.size, kind: "number" as const }]),
    ...(o.label === undefined ? [] : [{ option: "label", field: o.label, kind: "any" as const }]),
  ]);
  const groupField = o.group;
  const names = groupField === undefined ? [] : [...new Set(o.data.map((d) => String(d[groupField])))];
  if (groupField !== undefined && names.length > MAX_GROUPS)
    throw new Error(message.tooManySeries("scatterPlot", "group", groupField, names, MAX_GROUPS));
  const labelField = o.label;
  const labelled = new Set(o.labels ?? []);
  if (labelled.size > 0 && labelField === undefined) throw new Error(message.labelsWithoutField("scatterPlot"));
  if (labelField !== undefined)
    for (const l of labelled)
      if (!o.data.some((d) => String(d[labelField]) === l)) throw new Error(message.unknownLabel("scatterPlot", labelField, l));
  const values = o.data.map((d) => ({ ...d, ...(groupField === undefined ? {} : { [groupField]: String(d[groupField]) }) }));
  const xs = values.map((d) => Number(d[o.x]));
  const middle = (Math.min(...xs) + Math.max(...xs)) / 2;
  const xFormat = o.xFormat ?? ",";
  const yFormat = o.yFormat ?? ",";
  const domain = o.colours ? [...o.colours.domain] : names;
  const x = {
    field: o.x,
    type: "quantitative" as const,
    title: o.xTitle,
    scale: { zero: o.xZero ?? false },
    axis: { format: axisFormat(xFormat), tickCount: 5 },
  };
  const y = {
    field: o.y,
    type: "quantitative" as const,
    title: o.yTitle,
    scale: { zero: o.yZero ?? false },
    axis: { format: axisFormat(yFormat), tickCount: 5 },
  };
  const labelLayer = (side: "left" | "right") => ({
    transform: [
      {
        filter: {
          and: [
            { field: labelField ?? "", oneOf: [...labelled] },
            side === "left" ? { field: o.x, lte: middle } : { field: o.x, gt: middle },
          ],
        },
      },
    ],
    // A label left of the middle reads rightwards from its point; one right of it, leftwards.
    mark: { type: "text" as const, align: side, dx: side === "left" ? 8 : -8, baseline: "middle" as const, fontSize: 11 },
    encoding: { x, y, text: { field: labelField ?? "", type: "nominal" as const } },
  });
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: o.title,
    description: o.description,
    config: { ...theme, legend: { ...theme.legend, orient: "bottom", columns: 2 } },
    width: o.width ?? 300,
    height: 280,
    data: { values },
    layer: [
      {
        mark: { type: "point", filled: true, opacity: 0.75, tooltip: true, ...(groupField === undefined ? { color: accent } : {}) },
        encoding: {
          x,
          y,
          ...(groupField === undefined
            ? {}
            : {
                color: {
                  field: groupField,
                  type: "nominal" as const,
                  title: o.groupTitle ?? groupField,
                  scale: o.colours ? { domain, range: [...o.colours.range] } : { domain, scheme: "tableau10" },
                },
                shape: {
                  field: groupField,
                  type: "nominal" as const,
                  title: o.groupTitle ?? groupField,
                  scale: { domain, range: pointShapes },
                },
              }),
          ...(o.size === undefined
            ? { size: { value: 60 } }
            : {
                size: {
                  field: o.size,
                  type: "quantitative" as const,
                  title: o.sizeTitle ?? o.size,
                  scale: { range: [30, 600] },
                  legend: { tickCount: 4 },
                },
              }),
          tooltip: [
            ...(labelField === undefined ? [] : [{ field: labelField, type: "nominal" as const }]),
            ...(groupField === undefined ? [] : [{ field: groupField, type: "nominal" as const, title: o.groupTitle ?? groupField }]),
            { field: o.x, type: "quantitative" as const, title: o.xTitle, format: xFormat },
            { field: o.y, type: "quantitative" as const, title: o.yTitle, format: yFormat },
            ...(o.size === undefined ? [] : [{ field: o.size, type: "quantitative" as const, title: o.sizeTitle ?? o.size }]),
          ],
        },
      },
      ...(labelled.size === 0 ? [] : [labelLayer("left"), labelLayer("right")]),
    ],
  };
}
