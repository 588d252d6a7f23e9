import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { achievementBars, achievementTable } from "./figure-tables.ts";
import { sdgAnalysis } from "./sdg-analysis.ts";

type Spec = ReturnType<typeof barChart>;

/** The bar chart with each bar's number and n written at its end ("67% · n = 26"), instead of the bare number. */
function withNotes(spec: Spec): Spec {
  const s = spec as Spec & { layer: { mark: unknown; encoding?: Record<string, unknown> }[] };
  const [bar, text] = s.layer;
  if (bar === undefined || text === undefined) throw new Error("sdg-achievement: the bar chart has no text layer to write the n in.");
  return { ...s, layer: [bar, { ...text, encoding: { ...text.encoding, text: { field: "note", type: "nominal" } } }] } as Spec;
}

await runLoader(async () => {
  const a = await sdgAnalysis();
  const n = a.achievement.reduce((s, x) => s + x.metrics, 0);
  return figure({
    id: "sdg-achievement",
    spec: withNotes(
      barChart({
        data: achievementBars(a),
        category: "goal",
        value: "medianPercent",
        categoryTitle: "SDG goal",
        valueTitle: "Median outcomes achieved, % of target",
        title: "Final results against targets, by SDG",
        labelLimit: 260,
        description: `For the ${n} outcome metrics with a final numeric result and a numeric target, the median of outcomes achieved as a percentage of the target, by the metric's SDG goal; n is the number of metrics behind each bar. Small numbers: read as indications only.`,
      }),
    ),
    ...achievementTable(a),
    provenance: {
      dataset: "INDIGO Impact Bond Dataset",
      snapshot: a.snapshot,
      rowsUsed: n,
      filters: "final results whose outcomes achieved is a number; target = targeted number of service users of the metric",
    },
  });
});
