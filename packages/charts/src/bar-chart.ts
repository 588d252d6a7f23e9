import type { CsvValue } from "@hnl/data";
import type { TopLevelSpec } from "vega-lite";
import { theme } from "./theme.js";

export interface BarChartOptions {
  /** Rows of the chart, one bar each. */
  data: readonly Record<string, CsvValue>[];
  /** Field holding the category (drawn on the y axis, so long names stay readable on a phone). */
  category: string;
  /** Field holding the count or amount. */
  value: string;
  categoryTitle: string;
  valueTitle: string;
  title: string;
  /** One or two sentences saying what the chart shows, for screen readers. */
  description: string;
  width?: number;
  /** Longest category label in pixels before it is cut with an ellipsis (the data table has it whole). */
  labelLimit?: number;
}

/**
 * A horizontal bar chart, largest first (ties keep their order), each bar labelled with its value.
 *
 * @example
 * barChart({ data: [{ sector: "Health", projects: 55 }], category: "sector", value: "projects",
 *   categoryTitle: "Policy sector", valueTitle: "Projects", title: "Projects by sector", description: "..." })
 */
export function barChart(o: BarChartOptions): TopLevelSpec {
  const step = 20;
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: o.title,
    description: o.description,
    config: theme,
    width: o.width ?? 280,
    height: { step },
    data: { values: [...o.data].sort((a, b) => Number(b[o.value] ?? 0) - Number(a[o.value] ?? 0)).map((d) => ({ ...d })) },
    encoding: {
      y: { field: o.category, type: "nominal", title: null, sort: null, axis: { labelLimit: o.labelLimit ?? 170 } },
      x: { field: o.value, type: "quantitative", title: o.valueTitle, axis: { tickMinStep: 1, tickCount: 5, format: "~s" } },
      tooltip: [
        { field: o.category, type: "nominal", title: o.categoryTitle },
        { field: o.value, type: "quantitative", title: o.valueTitle },
      ],
    },
    layer: [
      { mark: { type: "bar", tooltip: true } },
      {
        mark: { type: "text", align: "left", dx: 3, baseline: "middle" },
        encoding: { text: { field: o.value, type: "quantitative", format: "," } },
      },
    ],
  };
}
