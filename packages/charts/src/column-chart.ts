import type { CsvValue } from "@hnl/data";
import type { TopLevelSpec } from "vega-lite";
import { axisFormat } from "./axis-format.js";
import { CHART_LAYOUTS, withPhoneSpec, wrapLabel } from "./chart-layout.js";
import { checkChartData } from "./check-chart-data.js";
import { estimateTextWidth } from "./render-svg.js";
import { theme } from "./theme.js";

export interface ColumnChartOptions {
  /** Rows of the chart, one column each. */
  data: readonly Record<string, CsvValue>[];
  /** Field holding the category or year, drawn along the x axis. */
  category: string;
  /** Field holding the count or amount (a number). */
  value: string;
  categoryTitle: string;
  valueTitle: string;
  title: string;
  /** One or two sentences saying what the chart shows, for screen readers. */
  description: string;
  /** Categories left to right in this order; otherwise in the order of the rows. */
  order?: readonly (string | number)[];
  /** d3 format of the value labels (default `,`: 1,234). */
  format?: string;
  width?: number;
}

/** Room the value axis takes at the left of the plot (labels and title), in px. */
const AXIS = 56;
/** Longest line of a category label under a column before it wraps (as `layoutSpec` wraps x labels). */
const X_WRAP = 14;

/**
 * Vertical bars (columns) in the order given, each labelled with its value above it: for
 * categories with an order of their own (years, stages, size bands) where left to right reads as
 * that order. Years thin out their labels when there are too many to stand side by side; named
 * categories that cannot stand side by side at a phone's width are drawn there as horizontal
 * bars instead (and at every width when they cannot stand side by side on a desktop either).
 * Value labels are left off at a width where they would touch (the axis and the data table keep
 * the numbers).
 *
 * @example
 * columnChart({ data: [{ year: 2019, projects: 21 }, { year: 2020, projects: 18 }], category: "year", value: "projects",
 *   categoryTitle: "Year of launch", valueTitle: "Projects launched", title: "Launches by year", description: "..." })
 */
export function columnChart(o: ColumnChartOptions): TopLevelSpec {
  checkChartData("columnChart", o.data, [
    { option: "category", field: o.category, kind: "any" },
    { option: "value", field: o.value, kind: "number", nullable: true },
  ]);
  const values = o.data.map((d) => ({ ...d }));
  const categories = o.order ? [...o.order] : [...new Set(o.data.map((d) => d[o.category] as string | number))];
  const years = categories.every((c) => typeof c === "number" || /^\d{4}$/.test(c));
  const format = o.format ?? ",";
  // "~s" writes 200 as "0.2k" when ticks step by hundreds, and a bare "," lets Vega write 60 as "6e+1":
  // fixed-point with thousands separators reads best until the numbers are long.
  const max = Math.max(0, ...o.data.map((d) => (typeof d[o.value] === "number" ? (d[o.value] as number) : 0)));
  const yFormat = format.includes("%") ? axisFormat(format) : max >= 100_000 ? "~s" : axisFormat(",");
  const valueWidth = Math.max(...o.data.map((d) => estimateTextWidth(formatted(d[o.value], format), 11)));
  const band = (layout: keyof typeof CHART_LAYOUTS) => (CHART_LAYOUTS[layout].width - AXIS) / Math.max(1, categories.length);
  const labelWidth = Math.max(
    ...categories.flatMap((c) => (typeof c === "number" ? [String(c)] : wrapLabel(c, X_WRAP)).map((l) => estimateTextWidth(l, 13))),
  );
  const namesFit = (layout: keyof typeof CHART_LAYOUTS) => years || labelWidth + 6 <= band(layout);
  const columns = (layout: keyof typeof CHART_LAYOUTS): TopLevelSpec => ({
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: o.title,
    description: o.description,
    config: theme,
    width: o.width ?? CHART_LAYOUTS[layout].width - AXIS,
    height: 240,
    data: { values },
    encoding: {
      x: {
        field: o.category,
        type: "ordinal",
        title: o.categoryTitle,
        // Numbers or text, as the rows hold them (Vega-Lite's type wants one or the other).
        sort: categories as string[],
        // Years too many to stand side by side show every other one (Vega's "parity"), never a cut label.
        axis: { labelAngle: 0, labelOverlap: "parity", labelPadding: 4, ticks: false },
      },
      y: { field: o.value, type: "quantitative", title: o.valueTitle, axis: { tickMinStep: 1, tickCount: 5, format: yFormat } },
      tooltip: [
        { field: o.category, type: "ordinal", title: o.categoryTitle },
        { field: o.value, type: "quantitative", title: o.valueTitle, format },
      ],
    },
    layer: [
      { mark: { type: "bar", tooltip: true } },
      ...(valueWidth + 2 <= band(layout) * 0.95
        ? [
            {
              mark: { type: "text" as const, baseline: "bottom" as const, dy: -3 },
              encoding: { text: { field: o.value, type: "quantitative" as const, format } },
            },
          ]
        : []),
    ],
  });
  if (!namesFit("wide")) return horizontalBars(o, values, categories, format, yFormat);
  const wide = columns("wide");
  return namesFit("narrow")
    ? withPhoneSpec(wide, columns("narrow"))
    : withPhoneSpec(wide, horizontalBars(o, values, categories, format, yFormat));
}

/** The same bars drawn horizontally, in the same order from the top: what a phone shows when the names do not fit under columns. */
function horizontalBars(
  o: ColumnChartOptions,
  values: Record<string, CsvValue>[],
  categories: readonly (string | number)[],
  format: string,
  yFormat: string,
): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: o.title,
    description: o.description,
    config: theme,
    width: o.width ?? 280,
    height: { step: 20 },
    data: { values },
    encoding: {
      y: { field: o.category, type: "nominal", title: null, sort: categories as string[] },
      x: { field: o.value, type: "quantitative", title: o.valueTitle, axis: { tickMinStep: 1, tickCount: 5, format: yFormat } },
      tooltip: [
        { field: o.category, type: "nominal", title: o.categoryTitle },
        { field: o.value, type: "quantitative", title: o.valueTitle, format },
      ],
    },
    layer: [
      { mark: { type: "bar", tooltip: true } },
      {
        mark: { type: "text", align: "left", dx: 3, baseline: "middle" },
        encoding: { text: { field: o.value, type: "quantitative", format } },
      },
    ],
  };
}

/** A value as its label will roughly read, to measure it (percentages count their sign). */
function formatted(v: CsvValue, format: string): string {
  if (typeof v !== "number") return "";
  if (format.includes("%")) return `${Math.round(v * 100).toLocaleString("en-GB")}%`;
  return v.toLocaleString("en-GB", { maximumFractionDigits: 2 });
}
