import { runLoader } from "@hnl/data";
import { contractEvidenceRows, EVIDENCE_COLUMNS, metricEvidenceRows, regionRows } from "./figure-tables.ts";
import { sdgAnalysis } from "./sdg-analysis.ts";

await runLoader(async () => {
  const a = await sdgAnalysis();
  return JSON.stringify({
    regions: regionRows(a),
    metrics: metricEvidenceRows(a),
    contracts: contractEvidenceRows(a),
    columns: EVIDENCE_COLUMNS,
  });
});
