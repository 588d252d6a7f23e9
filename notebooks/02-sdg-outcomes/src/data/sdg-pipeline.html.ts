import { dotPlot, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { shareDots, shareTable } from "./figure-tables.ts";
import { sdgAnalysis } from "./sdg-analysis.ts";
import { tallerOnPhone } from "./taller-on-phone.ts";

await runLoader(async () => {
  const a = await sdgAnalysis();
  const p = a.pipeline;
  const [indigo, pipeline] = ["INDIGO Impact Bond Dataset", "INDIGO Pipeline Dataset"];
  const base = (group: string) => p.rows.find((r) => r.group === group)?.base ?? 0;
  return figure({
    id: "sdg-pipeline",
    spec: tallerOnPhone(
      dotPlot({
        data: shareDots(p.rows),
        category: "goal",
        value: "share",
        series: "group",
        seriesTitle: "Dataset",
        lower: "lower",
        upper: "upper",
        intervalTitle: "95% confidence interval",
        format: ".0%",
        zero: true,
        colours: { domain: [indigo, pipeline], range: ["#1f5f8b", "#e07b00"] },
        categoryTitle: "SDG goal",
        valueTitle: "Share of linked projects",
        title: "SDGs targeted by impact bonds and by projects in the pipeline",
        description: `Share of projects linked to any goal that target each goal: ${base(indigo)} impact bonds (goals on the project or its outcome metrics) and ${base(pipeline)} of the ${p.projects} pipeline projects (goals on the project only), with 95% intervals.`,
      }),
      new Set(shareDots(p.rows).map((d) => d.goal)).size,
    ),
    ...shareTable(p.rows, "Dataset"),
    provenance: {
      dataset: "INDIGO Impact Bond Dataset and INDIGO Pipeline Dataset",
      snapshot: `${a.snapshot}; ${p.snapshot}`,
      rowsUsed: base(indigo) + base(pipeline),
      filters: "projects linked to at least one goal",
    },
  });
});
