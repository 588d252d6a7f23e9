// Writes findings.json from the real data: `pnpm run findings` (HNL_DATA_DIR or --data-dir
// picks the data). A test fails when the committed file and the data disagree.
import { writeFileSync } from "node:fs";
import { runLoader } from "@hnl/data";
import { buildFindings } from "../src/data/findings.ts";
import { scaleStudy } from "../src/data/scale-study.ts";

const FILE = new URL("../findings.json", import.meta.url);

await runLoader(async () => {
  const findings = buildFindings(await scaleStudy());
  writeFileSync(FILE, `${JSON.stringify(findings, null, 2)}\n`);
  return `Wrote ${findings.length} findings to findings.json\n`;
});
