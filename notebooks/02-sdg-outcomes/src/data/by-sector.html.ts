import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { indigoOverview } from "./indigo-overview.ts";

await runLoader(async () => {
  const o = await indigoOverview();
  const spec = barChart({
    data: o.bySector,
    category: "sector",
    value: "projects",
    categoryTitle: "Policy sector",
    valueTitle: "Projects",
    title: "Impact bond projects by policy sector",
    description: `All ${o.projects} projects by their recorded policy sector.`,
  });
  return figure({
    id: "projects-by-sector",
    spec,
    rows: o.bySector,
    columns: [
      { field: "sector", title: "Policy sector" },
      { field: "projects", title: "Projects" },
    ],
    provenance: { dataset: o.dataset, snapshot: o.snapshot, rowsUsed: o.projects, filters: "policy sector from projects.csv" },
  });
});
