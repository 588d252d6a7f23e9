export * from "./follow-on-wording.ts";
export * from "./name-keys.ts";
export * from "./same-intervention-name.ts";
export * from "./same-outcome-payer.ts";
export * from "./same-outcomes-fund.ts";
export * from "./same-service-provider.ts";
export * from "./says-follow-on.ts";
