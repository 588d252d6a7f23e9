import { runLoader } from "@hnl/data";
import { covidAnalysis } from "./covid-analysis.ts";
import { CSIP_HEADLINES } from "./csip-headlines.ts";

// Every table here is a published (suppressed) aggregate: no row, free text or name of the survey.
// Only the tables the page's prose reads are shipped: the others reach the reader as figures
// (with their own data tables), and sending them twice made this the page's heaviest file.
await runLoader(async () => {
  const { bySector, byStaff, staffSizes, budgetSizes, firstNeed, secondWave, sectorContrasts, ...prose } = await covidAnalysis();
  return JSON.stringify({ ...prose, csip: CSIP_HEADLINES });
});
