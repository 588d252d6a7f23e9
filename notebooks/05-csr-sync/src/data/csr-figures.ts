// The notebook's figures, drawn at build time from the report's numbers with @hnl/charts.
import { barChart, figure, heatmapChart, stackedBarChart } from "@hnl/charts";
import type { CsrReport } from "./csr-report.ts";

/** Short names for the 14 broad groups, for axis labels (the data tables keep the full names). */
const SHORT_SECTOR: Record<string, string> = {
  "Education, Differently Abled, Livelihood": "Education, livelihood",
  "Health, Eradicating Hunger, Poverty And Malnutrition, Safe Drinking Water , Sanitation": "Health, hunger, water",
  "Environment, Animal Welfare, Conservation Of Resources": "Environment",
  "Gender Equality , Women Empowerment , Old Age Homes , Reducing Inequalities": "Gender, inequality",
  "Other Sectors ( Technology Incubator And Benefits To Armed Forces And Admin Overheads )": "Other sectors",
  "Prime Minister's National Relief Fund": "PM's Relief Fund",
};

/** Short source names for legends and axes (the data tables say more). */
const SHORT_SOURCE: Record<string, string> = {
  "old-portal-2014-17": "Old portal, top 100",
  "portal-2023-24": "2023-24 sample",
  "portal-2024-25": "2024-25 excerpt",
  "company-year-share": "s.135 table, top 100",
  "pre-mandate-spend": "Pre-mandate, top 100",
};

/** Tableau's 20 colours: one for each of the 14 broad groups, none repeated. */
const TABLEAU20 = [
  "#4e79a7",
  "#a0cbe8",
  "#f28e2b",
  "#ffbe7d",
  "#59a14f",
  "#8cd17d",
  "#b6992d",
  "#f1ce63",
  "#499894",
  "#86bcb6",
  "#e15759",
  "#ff9d9a",
  "#79706e",
  "#bab0ac",
  "#d37295",
  "#fabfd2",
  "#b07aa1",
  "#d4a6c8",
  "#9d7660",
  "#d7b5a6",
];

export function shortSector(name: string | null): string {
  return name === null ? "(unmapped)" : (SHORT_SECTOR[name] ?? name);
}

/** Each figure's HTML by its id. */
export async function csrFigures(r: CsrReport): Promise<Record<string, string>> {
  const provenance = (rowsUsed: number, filters: string) => ({
    dataset: r.dataset,
    snapshot: "public copies of the National CSR Portal's disclosures, listed in the data sources appendix",
    rowsUsed,
    filters,
  });
  const rowsOf = (ids: string[]) =>
    r.accounting.filter((a) => ids.includes(String(a.source_id))).reduce((n, a) => n + Number(a.rows_out), 0);

  const short = (id: unknown) => SHORT_SOURCE[String(id)] ?? String(id);
  const byYear = r.byYearSource.map((x) => ({
    fiscal_year: String(x.fiscal_year),
    source: short(x.source_id),
    crore: Number(x.crore),
    rows: Number(x.rows),
  }));
  const bySector = r.bySectorSource.map((x) => ({
    sector: shortSector(x.sector_broad as string | null),
    sector_full: String(x.sector_broad),
    source: short(x.source_id),
    pct: Number(x.pct),
    crore: Number(x.crore),
  }));
  const byState = r.byStateYear.map((x) => ({
    state: String(x.state),
    fiscal_year: String(x.fiscal_year),
    crore: Math.round(Number(x.crore)),
  }));
  const top = r.topCompanies.map((x) => ({
    company: String(x.company_name),
    years: String(x.years),
    crore: Number(x.crore),
    match: String(x.match_method),
  }));
  const rates = r.matchRates
    .filter((x) => String(x.source_id) !== "top-100-list")
    .map((x) => ({
      source: short(x.source_id),
      pct_rows: Number(x.pct_rows),
      rows: Number(x.rows),
      rows_with_cin: Number(x.rows_with_cin),
    }));

  const sectors = [...new Set(bySector.map((x) => x.sector))].sort();
  const yearSpec = stackedBarChart({
    data: byYear,
    category: "fiscal_year",
    value: "crore",
    series: "source",
    categoryTitle: "Fiscal year",
    valueTitle: "Spent (INR crore)",
    seriesTitle: "Source",
    title: "CSR spending in the merged data, by fiscal year and source",
    description:
      "INR crore spent on projects per year, coloured by the export it comes from; the sources cover different companies, so the bars are not a time series of all CSR.",
  });
  // Years read in time order, not largest first.
  const yearEncoding = (yearSpec as { encoding: { y: { sort: unknown } } }).encoding;
  yearEncoding.y.sort = [...new Set(byYear.map((x) => x.fiscal_year))].sort();
  const stateSpec = heatmapChart({
    data: byState,
    row: "state",
    column: "fiscal_year",
    value: "crore",
    rowTitle: "State",
    columnTitle: "Fiscal year",
    valueTitle: "Spent (INR crore)",
    title: "Spending by state and year, the 15 largest states and categories",
    description:
      "INR crore per canonical state (PAN India and NEC/Not mentioned kept as their own rows) and fiscal year; FY 2014-17 is the top-100 spenders only, FY 2023-24 a sample.",
  });
  // Cells wide enough for a four-digit number and a year label.
  (stateSpec as { width: unknown }).width = { step: 46 };
  return {
    "csr-spend-by-year": await figure({
      id: "csr-spend-by-year",
      spec: yearSpec,
      rows: byYear,
      columns: [
        { field: "fiscal_year", title: "Fiscal year" },
        { field: "source", title: "Source" },
        { field: "rows", title: "Project rows" },
        { field: "crore", title: "Spent (INR crore)" },
      ],
      provenance: provenance(r.csrSpendRows, "project rows of the merged database, amounts converted to rupees, shown in crore"),
    }),
    "csr-spend-by-sector": await figure({
      id: "csr-spend-by-sector",
      spec: stackedBarChart({
        data: bySector,
        category: "source",
        value: "pct",
        series: "sector",
        categoryTitle: "Source",
        valueTitle: "Share of the source's spending",
        seriesTitle: "Broad sector",
        title: "Where the money went: share of spending by broad sector, per source",
        description:
          "Each bar is one source's spending split by the 14 broad sector groups (specific items of the old portal mapped to their group; FY 2024-25 columns un-swapped).",
        normalize: true,
        colours: { domain: sectors, range: TABLEAU20.slice(0, sectors.length) },
      }),
      rows: bySector,
      columns: [
        { field: "source", title: "Source" },
        { field: "sector_full", title: "Broad sector" },
        { field: "crore", title: "Spent (INR crore)" },
        { field: "pct", title: "Share (%)" },
      ],
      provenance: provenance(r.csrSpendRows, "project rows of the merged database, by broad sector"),
    }),
    "csr-spend-by-state": await figure({
      id: "csr-spend-by-state",
      spec: stateSpec,
      rows: byState,
      columns: [
        { field: "state", title: "State" },
        { field: "fiscal_year", title: "Fiscal year" },
        { field: "crore", title: "Spent (INR crore)" },
      ],
      provenance: provenance(
        rowsOf(["old-portal-2014-17", "portal-2023-24"]),
        "project rows of the merged database, FY 2024-25 excerpt left out (66 rows)",
      ),
    }),
    "csr-top-companies": await figure({
      id: "csr-top-companies",
      spec: barChart({
        data: top,
        category: "company",
        value: "crore",
        categoryTitle: "Company",
        valueTitle: "Spent (INR crore)",
        title: "The 15 companies with the most CSR spending in the merged data",
        description: "Total INR crore per resolved company across every year it appears in; the old portal's three years weigh most.",
        labelLimit: 200,
      }),
      rows: top,
      columns: [
        { field: "company", title: "Company (as published)" },
        { field: "years", title: "Fiscal years" },
        { field: "crore", title: "Spent (INR crore)" },
        { field: "match", title: "Matched by" },
      ],
      provenance: provenance(r.csrSpendRows, "project rows of the merged database, grouped by company"),
    }),
    "csr-match-rates": await figure({
      id: "csr-match-rates",
      spec: barChart({
        data: rates,
        category: "source",
        value: "pct_rows",
        categoryTitle: "Source",
        valueTitle: "Rows tied to a CIN (%)",
        title: "How many rows of each source could be tied to a company's CIN",
        description:
          "Percentage of each source's rows whose company resolved to a CIN, by the CIN in the source or by its name in the company master.",
        labelLimit: 220,
      }),
      rows: rates,
      columns: [
        { field: "source", title: "Source" },
        { field: "rows", title: "Rows" },
        { field: "rows_with_cin", title: "Rows tied to a CIN" },
        { field: "pct_rows", title: "Share (%)" },
      ],
      provenance: provenance(r.csrSpendRows, "company names of each source and how each was tied to a company identifier"),
    }),
  };
}
