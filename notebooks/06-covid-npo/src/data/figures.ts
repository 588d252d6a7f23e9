// The notebook's figures, one function each, so the loaders are one line and tests can render
// them. Each draws a published (suppressed) table of covidAnalysis().
import { type CovidAnalysis, cellOf, FIRST_NEED } from "./covid-analysis.ts";
import { compositionBars, type SectorDot, type SurveySource, sectorDots, shareBars, shareHeatmap } from "./survey-figure.ts";

/** The impact the sector figures compare: the one whose sector differences the chapter discusses. */
export const SECTOR_IMPACT = "Moved services online";

/** The two impacts a phone shows for each sector or size, in place of a whole grid. */
const PHONE_IMPACTS = ["Moved services online", "Laid off staff"] as const;

export const COUNTED_IN_EACH = "In every sector ticked";
export const COUNTED_ONCE = "Counted once (1/k)";
export const UNADJUSTED = "All agencies of the sector";
export const WITHIN_BUDGET = "Within budget bands";

/** "(n = 22 sectors whose counts pass suppression)" and the like: the filters line of a sector figure. */
function sectorFilters(a: CovidAnalysis, impact: string): string {
  const shown = a.sectorContrasts.filter((c) => c.impact === impact).length;
  return `sectors whose counts pass small-cell suppression (threshold ${a.threshold}): ${shown} of ${a.sectorWeights.length}`;
}

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
      phoneColumns: PHONE_IMPACTS,
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
      phoneColumns: PHONE_IMPACTS,
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
      phoneColumns: PHONE_IMPACTS,
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
  sectorShares: (a: CovidAnalysis) => {
    const rows = a.sectorContrasts.filter((c) => c.impact === SECTOR_IMPACT);
    const dots: SectorDot[] = rows.flatMap((c) => [
      { sector: c.sector, series: COUNTED_IN_EACH, value: c.share.percent / 100, lower: c.share.lower / 100, upper: c.share.upper / 100 },
      ...(c.weighted === null
        ? []
        : [
            {
              sector: c.sector,
              series: COUNTED_ONCE,
              value: c.weighted.percent / 100,
              lower: c.weighted.lower / 100,
              upper: c.weighted.upper / 100,
            },
          ]),
    ]);
    return sectorDots({
      id: "sector-online-weighted",
      dots,
      order: a.sectorWeights.map((w) => w.sector),
      series: [COUNTED_IN_EACH, COUNTED_ONCE],
      title: "Moving services online by sector, counting each agency once",
      description:
        "Share of agencies in each sector that moved services online, two ways: every agency counted in each sector it ticked (blue), and each agency counted once, as 1/k in each of its k sectors (orange), with 95% intervals. Sectors from largest to smallest counted once.",
      valueTitle: "Moved services online",
      format: ".0%",
      unit: "Share (fraction)",
      source: source(a, "Named at least one sector"),
      filters: sectorFilters(a, SECTOR_IMPACT),
    });
  },
  sectorGaps: (a: CovidAnalysis) => {
    const rows = a.sectorContrasts.filter((c) => c.impact === SECTOR_IMPACT);
    const dots: SectorDot[] = rows.flatMap((c) => [
      { sector: c.sector, series: UNADJUSTED, value: c.difference.points, lower: c.difference.lower, upper: c.difference.upper },
      ...(c.withinBudget === null
        ? []
        : [
            {
              sector: c.sector,
              series: WITHIN_BUDGET,
              value: c.withinBudget.points,
              lower: c.withinBudget.lower,
              upper: c.withinBudget.upper,
            },
          ]),
    ]);
    return sectorDots({
      id: "sector-online-gaps",
      dots,
      order: a.sectorWeights.map((w) => w.sector),
      series: [UNADJUSTED, WITHIN_BUDGET],
      title: "How much more often each sector moved online than other agencies",
      description:
        "Percentage points by which agencies in a sector moved services online more (right of 0) or less (left) often than agencies that named only other sectors, with 95% intervals: over all agencies of the sector (blue), and comparing agencies of the same budget band only (orange). An interval that crosses 0 shows no clear difference.",
      valueTitle: "Difference (percentage points)",
      format: "+d",
      unit: "Difference (points)",
      zero: true,
      source: source(a, "Named at least one sector"),
      filters: sectorFilters(a, SECTOR_IMPACT),
    });
  },
} as const;

export type FigureName = keyof typeof FIGURES;
