export * from "./cli-error.js";
export * from "./main.js";
export * from "./messages.js";
