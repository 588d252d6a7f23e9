import { runLoader } from "@hnl/data";
import { pipelineSummary } from "./pipeline-summary.ts";

// The page's running text reads these; the long tables have their own loaders.
await runLoader(async () => {
  const { definitions, sizes, variables: _variables, ...s } = await pipelineSummary();
  const { readings: _readings, ...sizeCounts } = sizes;
  return JSON.stringify({ ...s, definitionsCount: definitions.length, sizes: sizeCounts });
});
