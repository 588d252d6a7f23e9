import type { CsvValue } from "@hnl/data";
import type { TopLevelSpec } from "vega-lite";
import { theme } from "./theme.js";

export interface HeatmapChartOptions {
  data: readonly Record<string, CsvValue>[];
  row: string;
  column: string;
  value: string;
  rowTitle: string;
  columnTitle: string;
  valueTitle: string;
  title: string;
  description: string;
  /** Order of the columns (e.g. SDG goals 1-17); otherwise sorted. */
  columnOrder?: readonly string[];
  rowOrder?: readonly string[];
}

/** A grid of cells shaded by a count, each cell labelled with its number (a crosstab a person can read). */
export function heatmapChart(o: HeatmapChartOptions): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: o.title,
    description: o.description,
    config: { ...theme, axis: { ...theme.axis, grid: false } },
    data: { values: o.data.map((d) => ({ ...d })) },
    transform: [{ joinaggregate: [{ op: "max", field: o.value, as: "__max" }] }],
    width: { step: 24 },
    height: { step: 22 },
    encoding: {
      x: {
        field: o.column,
        type: "ordinal",
        title: o.columnTitle,
        ...(o.columnOrder ? { sort: [...o.columnOrder] } : {}),
        axis: { labelAngle: 0 },
      },
      y: { field: o.row, type: "nominal", title: null, ...(o.rowOrder ? { sort: [...o.rowOrder] } : {}), axis: { labelLimit: 280 } },
    },
    layer: [
      {
        mark: { type: "rect", tooltip: true },
        encoding: {
          color: {
            field: o.value,
            type: "quantitative",
            title: o.valueTitle,
            scale: { scheme: "blues", domainMin: 0 },
            legend: { orient: "bottom", direction: "horizontal", gradientLength: 200 },
          },
          tooltip: [
            { field: o.row, type: "nominal", title: o.rowTitle },
            { field: o.column, type: "nominal", title: o.columnTitle },
            { field: o.value, type: "quantitative", title: o.valueTitle },
          ],
        },
      },
      {
        mark: { type: "text", fontSize: 11 },
        encoding: {
          text: { field: o.value, type: "quantitative" },
          // Dark text on pale cells, white on dark ones, so every number stays readable.
          color: { condition: { test: `datum['${o.value}'] > datum.__max / 2`, value: "#fff" }, value: "#111" },
        },
      },
    ],
  };
}
