import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { inCategoryOrder, PLOT_WIDTH } from "./chart-order.ts";
import { figureProvenance } from "./figure-provenance.ts";
import { sizesTable } from "./figure-tables.ts";
import { pipelineSummary } from "./pipeline-summary.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const z = s.sizes;
  const spec = barChart({
    data: z.bands,
    category: "band",
    value: "projects",
    width: PLOT_WIDTH,
    categoryTitle: "Maximum outcome payment (USD)",
    valueTitle: "Projects",
    title: "Expected size: estimated maximum outcome payment",
    description: `${z.usd} of ${s.total} projects state a maximum outcome payment that reads as US dollars, banded by its upper end (${z.usdRanges} ${z.usdRanges === 1 ? "is a range" : "are ranges"}). ${z.notReadAsUsd} more state something that could not be read as USD: ${z.tbd} “TBD”, ${z.otherCurrency} in another currency (not converted), ${z.unclearCurrency} with an unclear currency${z.unreadable > 0 ? `, ${z.unreadable} with no readable figure` : ""}. ${z.blank} leave it blank.`,
  });
  return figure({
    id: "pipeline-sizes",
    spec: inCategoryOrder(
      spec,
      z.bands.map((b) => b.band),
    ),
    ...sizesTable(s),
    provenance: figureProvenance(s, "estimated maximum outcome payment, amount and currency, read by the rule set out in the chapter"),
  });
});
