// The same chart the report's notebook 01 renders at build time (figure "pipeline-sectors"): the
// same vega-lite spec from the same module, with its data inline, and the rows for Plot.
import { pipelineSummary } from "../../../../notebooks/01-pipeline/src/data/pipeline-summary.ts";
import { sectorsChart } from "../../../../notebooks/01-pipeline/src/data/sectors-chart.ts";

const s = await pipelineSummary();
const rows = s.sectors.rows.map((r) => ({ sector: r.short, projects: r.projects }));
// The order the report's figure draws: largest first, the free-text "Other" last.
const order = [...rows.filter((r) => r.sector !== "Other (free text)"), ...rows.filter((r) => r.sector === "Other (free text)")].map(
  (r) => r.sector,
);
process.stdout.write(JSON.stringify({ spec: sectorsChart(s), rows, order }));
