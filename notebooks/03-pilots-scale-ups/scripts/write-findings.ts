// Writes findings.json from the real data: `npx tsx scripts/write-findings.ts` in this folder (HNL_DATA_DIR or --data-dir
// picks the data). A test fails when the committed file and the data disagree.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { runLoader } from "@hnl/data";
import { type Finding, formatFindingsJson, keepReviews } from "@hnl/report";
import { buildFindings } from "../src/data/findings.ts";
import { scaleStudy } from "../src/data/scale-study.ts";

const FILE = new URL("../findings.json", import.meta.url);

await runLoader(async () => {
  // Reviews and withdrawals stay; a finding whose statement changed goes back to draft.
  const before: Finding[] = existsSync(FILE) ? JSON.parse(readFileSync(FILE, "utf8")) : [];
  const findings = keepReviews(buildFindings(await scaleStudy()), before);
  writeFileSync(FILE, formatFindingsJson(findings));
  return `Wrote ${findings.length} findings to findings.json\n`;
});
