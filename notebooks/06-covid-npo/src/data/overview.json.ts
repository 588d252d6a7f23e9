import { runLoader } from "@hnl/data";
import { covidAnalysis } from "./covid-analysis.ts";

// Every table here is a published (suppressed) aggregate: no row, free text or name of the survey.
await runLoader(async () => JSON.stringify(await covidAnalysis()));
