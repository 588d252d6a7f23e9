import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { sdgAnalysis } from "./sdg-analysis.ts";

await runLoader(async () => {
  const a = await sdgAnalysis();
  const rows = a.achievement.map((x) => ({
    goal: `${x.label} (n = ${x.metrics})`,
    medianPercent: x.medianRatio === null ? null : Math.round(x.medianRatio * 100),
    metrics: x.metrics,
    metTarget: x.metTarget,
  }));
  const n = a.achievement.reduce((s, x) => s + x.metrics, 0);
  return figure({
    id: "sdg-achievement",
    spec: barChart({
      data: rows,
      category: "goal",
      value: "medianPercent",
      categoryTitle: "SDG goal (outcome metrics)",
      valueTitle: "Median outcomes achieved, % of target",
      title: "Final results against targets, by SDG",
      labelLimit: 260,
      description: `For the ${n} outcome metrics with a final numeric result and a numeric target, the median of outcomes achieved as a percentage of the target, by the metric's SDG goal. Small numbers: read as indications only.`,
    }),
    rows,
    columns: [
      { field: "goal", title: "SDG goal" },
      { field: "medianPercent", title: "Median achieved, % of target" },
      { field: "metTarget", title: "Metrics at or above target" },
      { field: "metrics", title: "Metrics with a final result and a target" },
    ],
    provenance: {
      dataset: "INDIGO Impact Bond Dataset",
      snapshot: a.snapshot,
      rowsUsed: n,
      filters: "final results whose outcomes achieved is a number; target = targeted number of service users of the metric",
    },
  });
});
