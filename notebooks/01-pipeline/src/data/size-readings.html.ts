import { runLoader } from "@hnl/data";
import { pipelineSummary } from "./pipeline-summary.ts";
import { sizeReadingsTable } from "./size-readings-table.ts";

await runLoader(async () => sizeReadingsTable((await pipelineSummary()).sizes.readings));
