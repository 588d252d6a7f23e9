import { figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { listInWords } from "./headlines.ts";
import { pipelineSummary } from "./pipeline-summary.ts";
import { versusIndigoFigure } from "./versus-indigo-figure.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const v = s.vsIndigo;
  const b = v.bases.Sector;
  const only = listInWords(v.pipelineOnlySectors.map((x) => `${x.label.toLowerCase()} (${x.projects})`));
  return figure(
    versusIndigoFigure(s, {
      id: "pipeline-vs-indigo-sectors",
      dimension: "Sector",
      categoryTitle: "Policy sector",
      title: "Policy sectors of the pipeline and of existing impact bonds",
      description: `Share of projects in each policy sector both datasets record, after merging their lists: ${b.pipeline} pipeline projects naming a sector (a project may name several) and ${b.indigo} impact bonds (one sector each), with 95% confidence intervals. Pipeline sectors the Impact Bond Dataset has no category for are not drawn: ${only}.`,
    }),
  );
});
