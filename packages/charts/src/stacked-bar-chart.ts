import type { CsvValue } from "@hnl/data";
import type { TopLevelSpec } from "vega-lite";
import { theme } from "./theme.js";

export interface StackedBarChartOptions {
  data: readonly Record<string, CsvValue>[];
  category: string;
  value: string;
  /** Field whose values split each bar; each gets a colour. */
  series: string;
  categoryTitle: string;
  valueTitle: string;
  seriesTitle: string;
  title: string;
  description: string;
  /** Colours for series values, in the order given (e.g. SDG colours). */
  colours?: { domain: readonly string[]; range: readonly string[] };
  /** Show each bar as shares of 100% rather than counts. */
  normalize?: boolean;
  width?: number;
}

/**
 * Horizontal bars split into coloured parts, one bar per category: the counts (or shares) of a
 * second variable within each. Categories are drawn largest first.
 */
export function stackedBarChart(o: StackedBarChartOptions): TopLevelSpec {
  const totals = new Map<string, number>();
  for (const d of o.data) totals.set(String(d[o.category]), (totals.get(String(d[o.category])) ?? 0) + Number(d[o.value] ?? 0));
  const order = [...totals].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: o.title,
    description: o.description,
    config: { ...theme, legend: { ...theme.legend, orient: "bottom", columns: 2 } },
    width: o.width ?? 280,
    height: { step: 20 },
    data: { values: o.data.map((d) => ({ ...d })) },
    mark: { type: "bar", tooltip: true },
    encoding: {
      y: { field: o.category, type: "nominal", title: null, sort: order, axis: { labelLimit: 170 } },
      x: {
        field: o.value,
        type: "quantitative",
        title: o.valueTitle,
        ...(o.normalize ? { stack: "normalize", axis: { format: "%" } } : { axis: { tickMinStep: 1 } }),
      },
      color: {
        field: o.series,
        type: "nominal",
        title: o.seriesTitle,
        ...(o.colours ? { scale: { domain: [...o.colours.domain], range: [...o.colours.range] } } : { scale: { scheme: "tableau10" } }),
      },
      tooltip: [
        { field: o.category, type: "nominal", title: o.categoryTitle },
        { field: o.series, type: "nominal", title: o.seriesTitle },
        { field: o.value, type: "quantitative", title: o.valueTitle },
      ],
    },
  };
}
