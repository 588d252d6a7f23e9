import { figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { figureProvenance } from "./figure-provenance.ts";
import { flagTable } from "./figure-tables.ts";
import { pipelineSummary } from "./pipeline-summary.ts";
import { sectorsChart } from "./sectors-chart.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  return figure({
    id: "pipeline-sectors",
    spec: sectorsChart(s),
    ...flagTable(s.sectors.rows, s.total, "Policy sector"),
    provenance: figureProvenance(
      s,
      "policy sectors answered Yes (TBD counts as not answered); Other means any answer but No in the other-sector column",
    ),
  });
});
