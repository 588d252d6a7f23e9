import { figure, stackedBarChart } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { inCategoryOrder, PLOT_WIDTH, stackedBy } from "./chart-order.ts";
import { figureProvenance } from "./figure-provenance.ts";
import { INSTRUMENT_FLAGS } from "./instruments.ts";
import { pipelineSummary } from "./pipeline-summary.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const order = [...s.instruments.rows]
    .filter((r) => INSTRUMENT_FLAGS.some((f) => f.field === r.field))
    .sort((a, b) => b.projects - a.projects)
    .map((r) => r.short);
  const stages = s.stages.order;
  // Darker is further along the pipeline; grey is no stage recorded.
  const shades = ["#9cc3e0", "#5a9bcf", "#2a6fa8", "#0b3d6b"];
  const spec = stackedBarChart({
    data: s.instrumentsByStage.filter((c) => c.projects > 0),
    category: "short",
    value: "projects",
    series: "stage",
    width: PLOT_WIDTH,
    categoryTitle: "Instrument",
    valueTitle: "Projects flagging it (Yes)",
    seriesTitle: "Stage",
    title: "How far along each instrument is",
    description: `Projects flagging each instrument, split by stage of development. A project flagging two instruments counts under both.`,
    colours: { domain: stages, range: stages.map((st, i) => (st === "Not recorded" ? "#a6a6a6" : (shades[i] ?? "#0b3d6b"))) },
  });
  return figure({
    id: "pipeline-instruments-by-stage",
    spec: stackedBy(inCategoryOrder(spec, order), "stageIndex"),
    rows: s.instrumentsByStage,
    columns: [
      { field: "instrument", title: "Instrument" },
      { field: "stage", title: "Stage of development" },
      { field: "projects", title: "Projects" },
    ],
    provenance: figureProvenance(s, "instruments answered Yes, by stage of development"),
  });
});
