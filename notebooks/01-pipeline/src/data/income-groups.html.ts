import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { inCategoryOrder, PLOT_WIDTH } from "./chart-order.ts";
import { figureProvenance } from "./figure-provenance.ts";
import { flagTable } from "./figure-tables.ts";
import { pipelineSummary } from "./pipeline-summary.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const g = s.income;
  const spec = barChart({
    data: g.rows,
    category: "short",
    width: PLOT_WIDTH,
    value: "projects",
    categoryTitle: "Income group",
    valueTitle: "Projects (Yes)",
    title: "Pipeline projects by income group served",
    description: `Projects answering Yes to each income group of the countries they serve, out of ${s.total}, poorest first. ${g.several} projects serve several groups and count in each; ${g.none} answer Yes to none.`,
  });
  return figure({
    id: "pipeline-income-groups",
    spec: inCategoryOrder(
      spec,
      g.rows.map((r) => r.short),
    ),
    ...flagTable(g.rows, s.total, "Income group"),
    provenance: figureProvenance(s, "the income groups of the countries served, as the respondents recorded them in 2022"),
  });
});
