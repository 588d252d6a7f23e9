import { runLoader } from "@hnl/data";
import { EVIDENCE_COLUMNS, evidenceRows, regionRows } from "./figure-tables.ts";
import { sdgAnalysis } from "./sdg-analysis.ts";

await runLoader(async () => {
  const a = await sdgAnalysis();
  return JSON.stringify({ regions: regionRows(a), evidence: evidenceRows(a), evidenceColumns: EVIDENCE_COLUMNS });
});
