import { runLoader } from "@hnl/data";
import { csrFigures } from "./csr-figures.ts";
import { csrReport } from "./csr-report.ts";

await runLoader(async () => {
  const report = await csrReport();
  return JSON.stringify({ ...report, figures: await csrFigures(report) });
});
