// Rewrites findings.json from the real data: `npx tsx scripts/write-findings.ts` in this folder (with HNL_DATA_DIR set), in the
// repository's format, keeping reviews of unchanged statements; review the diff.
// test/data/findings.test.ts fails whenever the file and the data disagree.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { runLoader } from "@hnl/data";
import { type Finding, formatFindingsJson, keepReviews } from "@hnl/report";
import { pipelineFindings } from "../src/data/findings.ts";
import { pipelineSummary } from "../src/data/pipeline-summary.ts";

await runLoader(async () => {
  const path = new URL("../findings.json", import.meta.url);
  // Reviews and withdrawals stay; a finding whose statement changed goes back to draft.
  const before: Finding[] = existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : [];
  writeFileSync(path, formatFindingsJson(keepReviews(pipelineFindings(await pipelineSummary()), before)));
  return `wrote ${path.pathname}\n`;
});
