import type { CsvValue } from "@hnl/data";
import type { TopLevelSpec } from "vega-lite";
import { theme } from "./theme.js";

export interface TimelineChartOptions {
  /** One row per item: a label, a start and an end (ISO dates or years), and a group for colour. */
  data: readonly Record<string, CsvValue>[];
  label: string;
  start: string;
  end: string;
  group: string;
  groupTitle: string;
  title: string;
  description: string;
  /** Rows drawn top to bottom in this order (e.g. families, then start date). */
  order?: readonly string[];
  width?: number;
}

/** A timeline: one bar per item from its start to its end, coloured by group (e.g. project families). */
export function timelineChart(o: TimelineChartOptions): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: o.title,
    description: o.description,
    config: { ...theme, legend: { ...theme.legend, orient: "bottom", columns: 2 } },
    width: o.width ?? 300,
    height: { step: 16 },
    data: { values: o.data.map((d) => ({ ...d })) },
    mark: { type: "bar", tooltip: true, cornerRadius: 2 },
    encoding: {
      y: {
        field: o.label,
        type: "nominal",
        title: null,
        ...(o.order ? { sort: [...o.order] } : { sort: null }),
        axis: { labelLimit: 190 },
      },
      x: { field: o.start, type: "temporal", title: null, axis: { format: "%Y", tickCount: 6 } },
      x2: { field: o.end },
      color: { field: o.group, type: "nominal", title: o.groupTitle, scale: { scheme: "tableau10" } },
      tooltip: [
        { field: o.label, type: "nominal" },
        { field: o.group, type: "nominal", title: o.groupTitle },
        { field: o.start, type: "temporal", title: "From", format: "%b %Y" },
        { field: o.end, type: "temporal", title: "To", format: "%b %Y" },
      ],
    },
  };
}
