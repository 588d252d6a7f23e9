import type { Config } from "vega-lite";

/**
 * The kit's chart theme: system fonts (nothing fetched), text of 11 px and more, drawn at the width it is shown at
 * (see `chart-layout`), never scaled down, and colours that pass WCAG AA contrast on white.
 */
export const theme: Config = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  background: "transparent",
  view: { stroke: null },
  axis: {
    labelFontSize: 13,
    titleFontSize: 13,
    labelColor: "#333",
    titleColor: "#333",
    gridColor: "#e6e6e6",
    domainColor: "#888",
    tickColor: "#888",
  },
  legend: { labelFontSize: 12, titleFontSize: 12, labelLimit: 0, titleLimit: 0 },
  title: { fontSize: 15, anchor: "start", color: "#111", subtitleColor: "#444", subtitleFontSize: 12 },
  bar: { color: "#1f5f8b" },
  text: { color: "#222", fontSize: 11 },
};

/** The colour of single-series marks. */
export const accent = "#1f5f8b";

/** Point shapes that tell up to eight series or groups apart without colour (line charts, scatter plots). */
export const pointShapes = ["circle", "square", "triangle-up", "diamond", "triangle-down", "cross", "triangle-right", "triangle-left"];
