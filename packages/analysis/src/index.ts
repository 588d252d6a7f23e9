export * from "./crosstab.js";
export * from "./explode-sdgs.js";
export * from "./project-regions.js";
export * from "./proportion.js";
export * from "./rate.js";
export * from "./suppress-small-cells.js";
export * from "./wilson-interval.js";
