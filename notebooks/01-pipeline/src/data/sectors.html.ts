import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { inCategoryOrder, PLOT_WIDTH } from "./chart-order.ts";
import { figureProvenance } from "./figure-provenance.ts";
import { pipelineSummary } from "./pipeline-summary.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const t = s.sectors;
  const order = [...t.rows.filter((r) => r.field !== "sectorOther"), ...t.rows.filter((r) => r.field === "sectorOther")].map(
    (r) => r.short,
  );
  const spec = barChart({
    data: t.rows,
    category: "short",
    width: PLOT_WIDTH,
    value: "projects",
    categoryTitle: "Policy sector",
    valueTitle: "Projects (Yes)",
    title: "Pipeline projects by policy sector",
    description: `Projects answering Yes to each policy sector, out of ${s.total}. ${t.several} projects name several sectors and count in each; ${t.none} answer Yes to none of the listed sectors.`,
  });
  return figure({
    id: "pipeline-sectors",
    spec: inCategoryOrder(spec, order),
    rows: t.rows,
    columns: [
      { field: "label", title: "Policy sector" },
      { field: "projects", title: "Yes" },
      { field: "share", title: "Share of all projects" },
      { field: "no", title: "No" },
      { field: "notAnswered", title: "Blank or TBD" },
    ],
    provenance: figureProvenance(s, "Policy sector flags (Yes/No, TBD read as blank); Other = any text but No in the Other column"),
  });
});
