import { figure, stackedBarChart } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { inCategoryOrder, PLOT_WIDTH, stackedBy } from "./chart-order.ts";
import { figureProvenance } from "./figure-provenance.ts";
import { stagesTable } from "./figure-tables.ts";
import { listInWords } from "./headlines.ts";
import { pipelineSummary } from "./pipeline-summary.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const st = s.stages;
  const launchedAt = listInWords(st.launchedStages.map((l) => `${l.stage} (${l.projects})`));
  const spec = stackedBarChart({
    data: st.cells,
    category: "stage",
    value: "projects",
    series: "state",
    width: PLOT_WIDTH,
    categoryTitle: "Stage of development",
    valueTitle: "Projects",
    seriesTitle: "State",
    title: "Pipeline projects by stage of development",
    description: `All ${s.total} projects from scoping to final negotiations. ${st.launched} are marked Launched in their state of development; their stage still reads ${launchedAt}.`,
    colours: { domain: st.states.map((x) => x.state), range: ["#1f5f8b", "#b35900", "#777777"] },
  });
  return figure({
    id: "pipeline-stages",
    spec: stackedBy(inCategoryOrder(spec, st.order), "stateIndex"),
    ...stagesTable(s),
    provenance: figureProvenance(s, "stage and state of development as recorded; a blank stage is shown as Not recorded"),
  });
});
