import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { inCategoryOrder, PLOT_WIDTH } from "./chart-order.ts";
import { figureProvenance } from "./figure-provenance.ts";
import { sizesTable } from "./figure-tables.ts";
import { pipelineSummary } from "./pipeline-summary.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const z = s.sizes;
  // A band no project falls in is named in the description, not drawn as a bar of zero.
  const shown = z.bands.filter((b) => b.projects > 0);
  const empty = z.bands.filter((b) => b.projects === 0).map((b) => b.band);
  const currencies = z.convertedCurrencies.map((c) => `${c.projects} in ${c.currency}`).join(", ");
  const spec = barChart({
    data: shown,
    category: "band",
    value: "projects",
    width: PLOT_WIDTH,
    categoryTitle: "Maximum outcome payment (USD)",
    valueTitle: "Projects",
    title: "Expected size: estimated maximum outcome payment",
    description: `${z.usd} of ${s.total} projects state a maximum outcome payment known in US dollars, banded by its upper end: ${z.usdAsRecorded} as recorded, ${z.fromNote} read from the notes and ${z.converted} converted at the 2022 FRED rate (${currencies}). ${z.notReadAsUsd} more state one not known in US dollars: ${z.tbd} “TBD”, ${z.cannotConvert} in a currency FRED does not quote (${z.cannotConvertCurrencies.join(", ")}), ${z.unclearCurrency} with an unclear currency${z.unreadable > 0 ? `, ${z.unreadable} with no readable figure` : ""}. ${z.blank} leave it blank.${empty.length > 0 ? ` No project falls in the band ${empty.join(", ")}.` : ""}`,
  });
  return figure({
    id: "pipeline-sizes",
    spec: inCategoryOrder(
      spec,
      shown.map((b) => b.band),
    ),
    ...sizesTable(s),
    provenance: figureProvenance(
      s,
      "estimated maximum outcome payment, amount and currency (else the finance notes), read by the rule set out in the chapter; other currencies converted with FRED's 2022 yearly rate",
    ),
  });
});
