import { barChart, figure } from "@hnl/charts";
import { runLoader } from "@hnl/data";
import { inCategoryOrder, PLOT_WIDTH } from "./chart-order.ts";
import { figureProvenance } from "./figure-provenance.ts";
import { launchTable } from "./figure-tables.ts";
import { listInWords } from "./headlines.ts";
import { pipelineSummary } from "./pipeline-summary.ts";

await runLoader(async () => {
  const s = await pipelineSummary();
  const l = s.launch;
  const unread = listInWords(l.unreadable.map((u) => `“${u.text}”${u.projects > 1 ? ` (${u.projects})` : ""}`));
  const spec = barChart({
    data: l.rows,
    category: "when",
    value: "projects",
    width: PLOT_WIDTH,
    categoryTitle: "Expected launch from",
    valueTitle: "Projects",
    title: "When pipeline projects expected to launch",
    description: `Expected launches as stated in 2022, by the quarter (or year, where no quarter is given) they start in: ${l.read} of ${s.total} projects give one, ${l.fromNote} of them in the notes on dates. ${l.orLater} say “or later” and count in the quarter they name. ${l.unreadableCount} ${l.unreadableCount === 1 ? "gives" : "give"} text with no year (${unread}); ${l.blank} leave it blank.`,
  });
  return figure({
    id: "pipeline-launch-dates",
    spec: inCategoryOrder(
      spec,
      l.rows.map((r) => r.when),
    ),
    ...launchTable(s),
    provenance: figureProvenance(s, "expected launch date (free text) read as a date range, else the notes on dates"),
  });
});
