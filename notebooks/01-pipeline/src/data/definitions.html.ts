import { runLoader } from "@hnl/data";
import { definitionsTable } from "./definitions-table.ts";
import { pipelineSummary } from "./pipeline-summary.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  return definitionsTable(s.definitions, s.total);
});
