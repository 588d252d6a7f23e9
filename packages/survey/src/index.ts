// Shares with intervals are shared by every notebook: they live in @hnl/analysis.
export { type Proportion, proportion, wilsonInterval } from "@hnl/analysis";
export * from "./codebook-entry.js";
export * from "./column-map.js";
export * from "./count-recovery-needs.js";
export * from "./count-ticks.js";
export * from "./group-respondents.js";
export * from "./messages.js";
export * from "./parse-codebook.js";
export * from "./publish-survey-table.js";
export * from "./resolve-column-map.js";
export * from "./survey-error.js";
export * from "./survey-item.js";
export * from "./tidy-answer.js";
export * from "./tidy-survey.js";
export * from "./toronto-column-map.js";
export * from "./toronto-survey.js";
