import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { inCategoryOrder, PLOT_WIDTH } from "./chart-order.ts";
import { figureProvenance } from "./figure-provenance.ts";
import { regionsTable } from "./figure-tables.ts";
import { pipelineSummary } from "./pipeline-summary.ts";

const NONE = "No country recorded";

await runLoader(async () => {
  const s = await pipelineSummary();
  // A shorter name on the chart's axis only; the table keeps the M49 name.
  // A region no project reaches is named in the description, not drawn as a bar of zero.
  const empty = s.countries.regions.filter((r) => r.projects === 0).map((r) => r.region);
  const rows = s.countries.regions
    .filter((r) => r.projects > 0)
    .map((r) => ({
      ...r,
      short: r.region === "Latin America and the Caribbean" ? "Latin Am. & Caribbean" : r.region,
    }));
  const order = [
    ...rows.filter((r) => r.region !== NONE).sort((a, b) => b.projects - a.projects),
    ...rows.filter((r) => r.region === NONE),
  ].map((r) => r.short);
  const spec = barChart({
    data: rows,
    category: "short",
    width: PLOT_WIDTH,
    value: "projects",
    categoryTitle: "Region",
    valueTitle: "Projects",
    title: "Pipeline projects by world region",
    description: `Projects by the UN M49 region of their countries of delivery, out of ${s.total}; a project delivering in two regions counts in both. Where a project names regions but no country, its regions count.${empty.length > 0 ? ` No project delivers in ${empty.join(", ")}.` : ""}`,
  });
  return figure({
    id: "pipeline-regions",
    spec: inCategoryOrder(spec, order),
    ...regionsTable(s),
    provenance: figureProvenance(s, "countries placed in UN M49 regions; a project delivering in two regions counts in both"),
  });
});
