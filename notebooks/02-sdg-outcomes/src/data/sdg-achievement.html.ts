import { dotPlot, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { achievementDots, achievementTable } from "./figure-tables.ts";
import { sdgAnalysis } from "./sdg-analysis.ts";

await runLoader(async () => {
  const a = await sdgAnalysis();
  const r = a.results;
  const few = r.tooFew.map((g) => `${g.label} (n = ${g.comparable})`).join(", ");
  return figure({
    id: "sdg-achievement",
    spec: dotPlot({
      data: achievementDots(a),
      category: "goal",
      value: "share",
      lower: "lower",
      upper: "upper",
      intervalTitle: "95% confidence interval",
      format: ".0%",
      zero: true,
      categoryTitle: "SDG goal",
      valueTitle: "Metrics at or above target",
      title: "Outcome metrics that met their target, by SDG",
      description: `Share of comparable outcome metrics whose final result reached the target, with 95% intervals, for the goals with at least ${r.minimum} comparable metrics (n beside each goal). Too few to show: ${few}. ${r.metrics.unitMismatch} metrics whose result and target are in different units are left out.`,
    }),
    ...achievementTable(a),
    provenance: {
      dataset: "INDIGO Impact Bond Dataset",
      snapshot: a.snapshot,
      rowsUsed: r.metrics.comparable,
      filters: `final results whose outcomes achieved is a number, against the metric's targeted number of service users; units checked; minimum n ${r.minimum}`,
    },
  });
});
