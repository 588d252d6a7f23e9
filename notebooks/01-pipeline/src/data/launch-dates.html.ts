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
    categoryTitle: "Expected launch",
    valueTitle: "Projects",
    title: "When pipeline projects expected to launch",
    description: `Expected launch dates as stated in 2022, in time order: ${l.read} of ${s.total} projects give a date with a year; ${l.unreadableCount} give text with no year (${unread}); ${l.blank} leave it blank.`,
  });
  return figure({
    id: "pipeline-launch-dates",
    spec: inCategoryOrder(
      spec,
      l.rows.map((r) => r.when),
    ),
    ...launchTable(s),
    provenance: figureProvenance(s, "expected launch date, free text read by quarter and year"),
  });
});
