import { barChart, type FigureOptions } from "@hnl/charts";
import { inCategoryOrder, PLOT_WIDTH } from "./chart-order.ts";
import type { PipelineSummary } from "./pipeline-summary.ts";

/**
 * The vega-lite spec of figure "pipeline-sectors": projects by policy sector, the free-text
 * "Other" last. The page renders it at build time; the page-weight benchmark's reference page
 * draws the same spec in the browser.
 */
export function sectorsChart(s: PipelineSummary): FigureOptions["spec"] {
  const t = s.sectors;
  // A sector no project names is said in the description, not drawn as a bar of zero.
  const shown = t.rows.filter((r) => r.projects > 0);
  const empty = t.rows.filter((r) => r.projects === 0).map((r) => r.label);
  const order = [...shown.filter((r) => r.field !== "sectorOther"), ...shown.filter((r) => r.field === "sectorOther")].map((r) => r.short);
  const spec = barChart({
    data: shown,
    category: "short",
    width: PLOT_WIDTH,
    value: "projects",
    categoryTitle: "Policy sector",
    valueTitle: "Projects (Yes)",
    title: "Pipeline projects by policy sector",
    description: `Projects answering Yes to each policy sector, out of ${s.total}. ${t.several} projects name several sectors and count in each; ${t.none} answer Yes to none of the listed sectors.${empty.length > 0 ? ` None names ${empty.join(" or ")}.` : ""}`,
  });
  return inCategoryOrder(spec, order);
}
