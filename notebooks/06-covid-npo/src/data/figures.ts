// The notebook's figures, one function each, so the loaders are one line and tests can render
// them. Each draws a published (suppressed) table of covidAnalysis().
import { type CovidAnalysis, cellOf, FIRST_NEED } from "./covid-analysis.ts";
import { compositionBars, type SurveySource, shareBars, shareHeatmap } from "./survey-figure.ts";

function source(a: CovidAnalysis, column = "Accepted"): SurveySource {
  return { dataset: a.dataset, snapshot: a.snapshot, rowsUsed: cellOf(a.overview, "Responses", column).count ?? 0 };
}

const SUPPRESSED = "A share whose count is under 5, or that leaves under 5 on the other side, is suppressed (s in a grid).";

export const FIGURES = {
  operations: (a: CovidAnalysis) =>
    shareBars({
      id: "operations",
      table: a.operations,
      title: "What happened to agencies' programmes and how they operated",
      description: `Share of the ${cellOf(a.overview, "Responses", "Answered question 1 (impacts)").label} agencies who answered question 1 that ticked each impact, with 95% Wilson intervals. ${SUPPRESSED}`,
      itemTitle: "Impact",
      source: source(a),
    }),
  fundingStaffing: (a: CovidAnalysis) =>
    shareBars({
      id: "funding-staffing",
      table: a.fundingStaffing,
      title: "Effects on funding, staff and volunteers",
      description: `Share of the ${cellOf(a.overview, "Responses", "Answered question 1 (impacts)").label} agencies who answered question 1 that ticked each impact, with 95% Wilson intervals. ${SUPPRESSED}`,
      itemTitle: "Impact",
      source: source(a),
    }),
  bySector: (a: CovidAnalysis) =>
    shareHeatmap({
      id: "impacts-by-sector",
      table: a.bySector,
      title: "Impacts by sector",
      description: `Share of agencies in each sector that ticked each impact. Sectors are a select-all question: an agency in several sectors counts in each. ${SUPPRESSED}`,
      rowTitle: "Sector (programmes or services provided)",
      columnTitle: "Impact",
      source: source(a, "Named at least one sector"),
      wide: true,
    }),
  byBudget: (a: CovidAnalysis) =>
    shareHeatmap({
      id: "impacts-by-budget",
      table: a.byBudget,
      title: "Impacts by annual operating budget",
      description: `Share of agencies in each budget band that ticked each impact (agencies that preferred not to say are left out). ${SUPPRESSED} Bands add up to a published total, so a second count is hidden where one would reveal another.`,
      rowTitle: "Annual operating budget",
      columnTitle: "Impact",
      source: source(a, "Gave a budget band"),
    }),
  byStaff: (a: CovidAnalysis) =>
    shareHeatmap({
      id: "impacts-by-staff",
      table: a.byStaff,
      title: "Impacts by number of paid staff",
      description: `Share of agencies of each staff size that ticked each impact. ${SUPPRESSED} Sizes add up to a published total, so a second count is hidden where one would reveal another.`,
      rowTitle: "Paid employees",
      columnTitle: "Impact",
      source: source(a, "Gave a staff size"),
    }),
  needs: (a: CovidAnalysis) =>
    shareHeatmap({
      id: "needs-by-horizon",
      table: a.needs,
      title: "Supports agencies needed, by horizon",
      description: `Of the agencies who answered about each support (question 3), the share that named it a short-term (0-6 months), medium-term (6-18 months) or long-term (18 months or more) priority, or not a priority. An agency could name several horizons for one support. ${SUPPRESSED}`,
      rowTitle: "Support",
      columnTitle: "Horizon",
      source: source(a),
    }),
  firstNeed: (a: CovidAnalysis) =>
    compositionBars({
      id: "needs-first-horizon",
      table: a.firstNeed,
      title: "When agencies first needed each support",
      description: `Of the agencies who answered about each support, the earliest horizon they named (the four parts add up to 100%). ${SUPPRESSED}`,
      rowTitle: "Support",
      seriesTitle: "Earliest need",
      colours: ["#08519c", "#4292c6", "#9ecae1", "#bdbdbd"].slice(0, FIRST_NEED.length),
      source: source(a),
    }),
  secondWave: (a: CovidAnalysis) =>
    shareBars({
      id: "second-wave",
      table: a.secondWave,
      title: "What agencies needed to prepare for a second wave",
      description: `Share of the agencies who answered question 6 that ticked each support, with 95% Wilson intervals. ${SUPPRESSED}`,
      itemTitle: "Support",
      source: source(a),
    }),
} as const;

export type FigureName = keyof typeof FIGURES;
