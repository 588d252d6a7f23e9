export * from "./bar-chart.js";
export * from "./escape-html.js";
export * from "./figure.js";
export * from "./render-svg.js";
export * from "./theme.js";
