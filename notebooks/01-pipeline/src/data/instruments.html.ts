import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { inCategoryOrder, PLOT_WIDTH } from "./chart-order.ts";
import { figureProvenance } from "./figure-provenance.ts";
import { flagTable } from "./figure-tables.ts";
import { pipelineSummary } from "./pipeline-summary.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const m = s.instruments;
  const flags = m.rows.filter((r) => r.field !== "instrumentOther").sort((a, b) => b.projects - a.projects);
  const order = [...flags, ...m.rows.filter((r) => r.field === "instrumentOther")].map((r) => r.short);
  const spec = barChart({
    data: m.rows,
    category: "short",
    width: PLOT_WIDTH,
    value: "projects",
    categoryTitle: "Instrument",
    valueTitle: "Projects flagging it (Yes)",
    title: "Instrument mix of the pipeline",
    description: `Projects answering Yes to each instrument, out of ${s.total}. A project may flag several (${m.several} do), so the bars add up to more than ${s.total}; ${m.none} flag none of the six, of which ${m.noneButOther} name another instrument instead.`,
  });
  return figure({
    id: "pipeline-instruments",
    spec: inCategoryOrder(spec, order),
    ...flagTable(m.rows, s.total, "Instrument"),
    provenance: figureProvenance(
      s,
      "instrument types answered Yes (TBD counts as not answered); Other means any answer but No in the other-instrument column",
    ),
  });
});
