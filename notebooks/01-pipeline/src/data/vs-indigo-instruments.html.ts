import { figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { pipelineSummary } from "./pipeline-summary.ts";
import { versusIndigoFigure } from "./versus-indigo-figure.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const v = s.vsIndigo;
  const outside = v.rows.filter((r) => r.dimension === "Instrument" && r.indigo === null).length;
  return figure(
    versusIndigoFigure(s, {
      id: "pipeline-vs-indigo-instruments",
      dimension: "Instrument",
      categoryTitle: "Instrument",
      title: "Instruments of the pipeline and of existing impact bonds",
      description: `Share of all ${v.pipelineTotal} pipeline projects flagging each instrument (a project may flag several) and of all ${v.indigoTotal} impact bonds, with 95% confidence intervals. Every project of the Impact Bond Dataset is an impact bond, and it counts under outcomes fund when the dataset links it to one; the other ${outside} instruments are outside that dataset, so they have a pipeline dot only.`,
    }),
  );
});
