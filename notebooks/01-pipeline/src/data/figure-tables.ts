// The data table and CSV of each figure on the page: raw values, one variable a column. The
// running text keeps its worded shares ("33 of 132 (25%)"); a download gets the count, the
// denominator and the share as separate numbers.
import type { FigureColumn } from "@hnl/charts";
import type { CsvValue } from "@hnl/data";
import type { FlagCount } from "./flag-counts.ts";
import type { PipelineSummary } from "./pipeline-summary.ts";

/** A figure's rows and columns, as `figure()` takes them. */
export interface FigureTable {
  rows: Record<string, CsvValue>[];
  columns: FigureColumn[];
}

/** A share of all records in percent, to one decimal (the count and the denominator stand beside it). */
export function sharePercent(count: number, total: number): number | null {
  return total === 0 ? null : Math.round((count / total) * 1000) / 10;
}

const SHARE_COLUMNS: FigureColumn[] = [
  { field: "allProjects", title: "All projects" },
  { field: "sharePercent", title: "Share of all projects (%)" },
];

/** Yes, No and unanswered counts per flag (instrument, income group, sector), with the share answering Yes. */
export function flagTable(rows: readonly FlagCount[], total: number, labelTitle: string): FigureTable {
  return {
    rows: rows.map((r) => ({
      label: r.label,
      short: r.short,
      projects: r.projects,
      no: r.no,
      notAnswered: r.notAnswered,
      allProjects: total,
      sharePercent: sharePercent(r.projects, total),
    })),
    columns: [
      { field: "label", title: labelTitle },
      { field: "projects", title: "Yes" },
      { field: "no", title: "No" },
      { field: "notAnswered", title: "Blank or TBD" },
      ...SHARE_COLUMNS,
    ],
  };
}

/** The funnel: projects per step (current projects by stage, then launched, then no stage), with the share of all projects. */
export function stagesTable(s: PipelineSummary): FigureTable {
  return {
    rows: s.stages.funnel.map((r) => ({
      step: r.step,
      projects: r.projects,
      allProjects: s.total,
      sharePercent: sharePercent(r.projects, s.total),
    })),
    columns: [{ field: "step", title: "Stage of development" }, { field: "projects", title: "Projects" }, ...SHARE_COLUMNS],
  };
}

/** Projects per UN M49 region, with the share of all projects and the number of countries. */
export function regionsTable(s: PipelineSummary): FigureTable {
  return {
    rows: s.countries.regions.map((r) => ({
      region: r.region,
      projects: r.projects,
      allProjects: s.total,
      sharePercent: sharePercent(r.projects, s.total),
      countries: r.countries,
    })),
    columns: [
      { field: "region", title: "Region" },
      { field: "projects", title: "Projects" },
      ...SHARE_COLUMNS,
      { field: "countries", title: "Countries" },
    ],
  };
}

/**
 * Expected launches by the period they start in: year and quarter apart, how many say "or later"
 * and how many come from the notes. The year stays text, so the table shows 2023, not 2,023.
 */
export function launchTable(s: PipelineSummary): FigureTable {
  return {
    rows: s.launch.rows.map((r) => ({
      when: r.when,
      year: String(r.year),
      quarter: r.quarter,
      from: r.from,
      projects: r.projects,
      orLater: r.orLater,
      fromNote: r.fromNote,
    })),
    columns: [
      { field: "when", title: "Expected launch from" },
      { field: "year", title: "Year" },
      { field: "quarter", title: "Quarter" },
      { field: "from", title: "First day" },
      { field: "projects", title: "Projects" },
      { field: "orLater", title: "Of them, “or later”" },
      { field: "fromNote", title: "Of them, from the notes" },
    ],
  };
}

/** Size bands with their bounds in US dollars: from (included) to (not included; blank for the open top band). */
export function sizesTable(s: PipelineSummary): FigureTable {
  return {
    rows: s.sizes.bands
      .filter((b) => b.projects > 0)
      .map((b) => ({ band: b.band, usdFrom: b.usdFrom, usdTo: b.usdTo, projects: b.projects })),
    columns: [
      { field: "band", title: "Maximum outcome payment (USD)" },
      { field: "usdFrom", title: "From (USD, included)" },
      { field: "usdTo", title: "To (USD, not included)" },
      { field: "projects", title: "Projects" },
    ],
  };
}
