import { runLoader } from "@hnl/data";
import { covidAnalysis } from "./covid-analysis.ts";
import { FIGURES } from "./figures.ts";

await runLoader(async () => FIGURES.sectorGaps(await covidAnalysis()));
