import { figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { pipelineSummary } from "./pipeline-summary.ts";
import { versusIndigoFigure } from "./versus-indigo-figure.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const b = s.vsIndigo.bases.Region;
  return figure(
    versusIndigoFigure(s, {
      id: "pipeline-vs-indigo-regions",
      dimension: "Region",
      categoryTitle: "World region",
      title: "Where the pipeline and existing impact bonds deliver",
      description: `Share of projects delivering in each UN M49 region: ${b.pipeline} pipeline projects whose region is known and ${b.indigo} impact bonds of the INDIGO Impact Bond Dataset, each with its 95% confidence interval. A project in two regions counts in both.`,
    }),
  );
});
