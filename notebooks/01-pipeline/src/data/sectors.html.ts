import { figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { figureProvenance } from "./figure-provenance.ts";
import { pipelineSummary } from "./pipeline-summary.ts";
import { sectorsChart } from "./sectors-chart.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  return figure({
    id: "pipeline-sectors",
    spec: sectorsChart(s),
    rows: s.sectors.rows,
    columns: [
      { field: "label", title: "Policy sector" },
      { field: "projects", title: "Yes" },
      { field: "share", title: "Share of all projects" },
      { field: "no", title: "No" },
      { field: "notAnswered", title: "Blank or TBD" },
    ],
    provenance: figureProvenance(
      s,
      "policy sectors answered Yes (TBD counts as not answered); Other means any answer but No in the other-sector column",
    ),
  });
});
