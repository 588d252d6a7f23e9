// Rewrites findings.json from the real data: `pnpm findings` (with HNL_DATA_DIR set), then format it
// (`pnpm exec biome check --write notebooks/01-pipeline` from the root) and review the diff.
// test/data/findings.test.ts fails whenever the file and the data disagree.
import { writeFileSync } from "node:fs";
import { runLoader } from "@hnl/data";
import { pipelineFindings } from "../src/data/findings.ts";
import { pipelineSummary } from "../src/data/pipeline-summary.ts";

await runLoader(async () => {
  const path = new URL("../findings.json", import.meta.url);
  writeFileSync(path, `${JSON.stringify(pipelineFindings(await pipelineSummary()), null, 2)}\n`);
  return `wrote ${path.pathname}\n`;
});
