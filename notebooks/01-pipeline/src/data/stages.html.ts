import { figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { figureProvenance } from "./figure-provenance.ts";
import { stagesTable } from "./figure-tables.ts";
import { funnelChart } from "./funnel-chart.ts";
import { listInWords } from "./headlines.ts";
import { pipelineSummary } from "./pipeline-summary.ts";
import { LAUNCHED, NO_STAGE } from "./stages.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const st = s.stages;
  const launchedAt = listInWords(st.launchedStages.map((l) => `${l.stage.toLowerCase()} ${l.projects}`));
  return figure({
    id: "pipeline-stages",
    spec: funnelChart(st.funnel, {
      launched: LAUNCHED,
      none: NO_STAGE,
      title: "The pipeline by stage of development",
      description: `All ${s.total} projects, from scoping to final negotiations, then the ${st.launched} already marked launched (recorded stages: ${launchedAt}), then those with no stage; each bar gives the number of projects and its share of all ${s.total}.`,
    }),
    ...stagesTable(s),
    provenance: figureProvenance(s, "stage and state of development as recorded; a launched project counts as launched, not in its stage"),
  });
});
