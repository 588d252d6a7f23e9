// The notebook's figures, drawn at build time from the report's numbers with @hnl/charts.
import { barChart, figure, heatmapChart, sankeyFigure } from "@hnl/charts";
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

/** The lineage figure's left labels start with the source's years only, so the labels of both sides fit the page. */
const LINEAGE_PREFIX: Record<string, string> = {
  "old-portal-2014-17": "2014-17",
  "portal-2023-24": "2023-24",
  "portal-2024-25": "2024-25",
};

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
    pct: Number(x.pct),
    crore: Number(x.crore),
  }));
  const top = r.topCompanies.map((x) => ({
    company: String(x.display_name),
    published: String(x.company_name),
    years: String(x.years),
    // Whole crore: the bar labels stay inside a phone's width (the CSV of the database has the paisa).
    crore: Math.round(Number(x.crore)),
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
  // A phone shows one card per state: the top-100 years' shares together, then the sample year's.
  const stateYears = [...new Set(byState.map((x) => x.fiscal_year))].sort();
  const lastYear = stateYears.at(-1) ?? "";
  const earlier = stateYears.slice(0, -1);
  const share = (state: string, year: string) => byState.find((x) => x.state === state && x.fiscal_year === year)?.pct ?? null;
  const stateRows = [...new Set(byState.map((x) => x.state))]
    .map((state) => ({
      state,
      earlier: earlier.map((y) => share(state, y) ?? "–").join(" / "),
      last: share(state, lastYear),
    }))
    .sort((a, b) => Number(b.last ?? 0) - Number(a.last ?? 0) || a.state.localeCompare(b.state));
  const earlierTitle = `FY ${earlier[0] ?? ""} to ${earlier.at(-1) ?? ""} (%)`;
  const topSpec = barChart({
    data: top,
    category: "company",
    value: "crore",
    categoryTitle: "Company",
    valueTitle: "Spent (INR crore)",
    title: "The 15 largest CSR spenders of FY 2014-15 to 2016-17, three years together",
    description:
      "INR crore spent per company over the three years the old portal covers (the top-100 spenders); names as a person reads them, the published name in the data table.",
    labelLimit: 200,
  });
  // Room past the longest bar for its label on a phone: the axis runs to 118% of the largest value.
  (topSpec as { encoding: { x: Record<string, unknown> } }).encoding.x.scale = {
    domain: [0, Math.max(...top.map((x) => x.crore)) * 1.18],
    nice: false,
  };
  // Sectors as rows and sources as columns, each cell the sector's share of that source's money:
  // fourteen stacked colours could not be told apart, a grid of numbers can.
  const sourceOrder = [...new Set(bySector.map((x) => x.source))];
  const sectorTotal = (sector: string) => bySector.filter((x) => x.sector === sector).reduce((n, x) => n + x.pct, 0);
  const sectorSpec = heatmapChart({
    data: bySector,
    row: "sector",
    column: "source",
    value: "pct",
    rowTitle: "Broad sector",
    columnTitle: "Source",
    valueTitle: "Share of the source's spending (%)",
    title: "Where the money went: share of spending by broad sector, per source",
    description: `Percentage of each source's spending in each of the ${sectors.length} broad sector groups (the old portal's specific items mapped to their group; FY 2024-25 columns un-swapped); sectors in order of their shares summed over the sources. Read down a column: the sources hold different companies and years, so compare shares, not amounts.`,
    columnOrder: sourceOrder,
    rowOrder: [...sectors].sort((a, b) => sectorTotal(b) - sectorTotal(a) || a.localeCompare(b)),
  });
  (sectorSpec as { width: unknown }).width = { step: 64 };
  const stateSpec = heatmapChart({
    data: byState,
    row: "state",
    column: "fiscal_year",
    value: "pct",
    rowTitle: "State",
    columnTitle: "Fiscal year",
    valueTitle: "Share of the year's spending (%)",
    title: "Where each year's spending went: share by state, the 15 largest states and categories",
    description:
      "Percentage of each fiscal year's spending per canonical state (PAN India and NEC/Not mentioned kept as their own rows); FY 2014-17 is the top-100 spenders only, FY 2023-24 a sample, so compare shares, not amounts.",
  });
  // Cells wide enough for a four-digit number and a year label.
  (stateSpec as { width: unknown }).width = { step: 46 };
  return {
    "csr-lineage": sankeyFigure({
      id: "csr-lineage",
      title: "Where each canonical column comes from: the sources' columns and the database's",
      description:
        "Each link joins a column as a source publishes it (left: the old portal's FY 2014-17 top-100 disclosures, the FY 2023-24 sample, the FY 2024-25 excerpt) to the column of csr_spend it becomes (right), as wide as the rows it carries (a column feeding two canonical columns, such as a company name kept and matched, counts its rows once for each); the FY 2024-25 export's two sector columns cross over because they are swapped.",
      links: r.lineage.map((l) => ({
        source: `${LINEAGE_PREFIX[String(l.source_id)] ?? short(l.source_id)}: ${String(l.column)}`,
        target: String(l.canonical),
        value: Number(l.rows),
      })),
      sourceTitle: "Source column",
      targetTitle: "csr_spend column",
      valueTitle: "Rows",
      provenance: provenance(
        rowsOf(["old-portal-2014-17", "portal-2023-24", "portal-2024-25"]),
        "the project-level sources' columns and what the sync does with each",
      ),
    }),
    "csr-spend-by-sector": await figure({
      id: "csr-spend-by-sector",
      spec: sectorSpec,
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
        { field: "pct", title: "Share of the year (%)" },
        { field: "crore", title: "Spent (INR crore)" },
      ],
      // A phone shows one card per state, its shares year by year, rather than one card per cell.
      phoneTable: {
        note: "Each state's share of each year's spending is listed below, one state per card, the three top-100 years together",
        rows: stateRows,
        columns: [
          { field: "state", title: "State" },
          { field: "earlier", title: earlierTitle },
          { field: "last", title: `FY ${lastYear} (%)` },
        ],
      },
      provenance: provenance(
        rowsOf(["old-portal-2014-17", "portal-2023-24"]),
        "project rows of the merged database, FY 2024-25 excerpt left out (66 rows)",
      ),
    }),
    "csr-top-companies": await figure({
      id: "csr-top-companies",
      spec: topSpec,
      rows: top,
      columns: [
        { field: "company", title: "Company" },
        { field: "published", title: "Name as published" },
        { field: "years", title: "Fiscal years" },
        { field: "crore", title: "Spent (INR crore)" },
        { field: "match", title: "Matched by" },
      ],
      provenance: provenance(rowsOf(["old-portal-2014-17"]), "project rows of the old portal, FY 2014-15 to 2016-17, grouped by company"),
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
    "csr-obc-sectors": await figure({
      id: "csr-obc-sectors",
      spec: barChart({
        data: r.obcSectors.map((x) => ({ sector: String(x.sector), pct: Number(x.pct_2023) })),
        category: "sector",
        value: "pct",
        categoryTitle: "Sector",
        valueTitle: "Share of FY 2023-24 sample spending (%)",
        title: "CSR spending in the sectors where outcomes-based contracts work in India",
        description:
          "Share of the FY 2023-24 sample's CSR spending in the Schedule VII items that match each policy sector of INDIGO and the Pipeline Dataset; the data table adds the top-100 spenders' FY 2014-17 shares and the project counts.",
        labelLimit: 200,
      }),
      rows: r.obcSectors,
      columns: [
        { field: "sector", title: "Sector" },
        { field: "items", title: "Schedule VII items counted" },
        { field: "indigo_projects", title: "INDIGO projects in India" },
        { field: "pipeline_projects", title: "Pipeline projects in India" },
        { field: "pct_2023", title: "Share FY 2023-24 sample (%)" },
        { field: "crore_2023", title: "INR crore FY 2023-24 sample" },
        { field: "pct_2014_17", title: "Share FY 2014-17 top 100 (%)" },
        { field: "crore_2014_17", title: "INR crore FY 2014-17 top 100" },
      ],
      // A phone shows one card per state, its shares year by year, rather than one card per cell.
      phoneTable: {
        note: "Each state's share of each year's spending is listed below, one state per card, the three top-100 years together",
        rows: stateRows,
        columns: [
          { field: "state", title: "State" },
          { field: "earlier", title: earlierTitle },
          { field: "last", title: `FY ${lastYear} (%)` },
        ],
      },
      provenance: provenance(
        rowsOf(["old-portal-2014-17", "portal-2023-24"]),
        "project rows of the FY 2023-24 sample and the old portal, by Schedule VII item; INDIGO and Pipeline projects delivered in India",
      ),
    }),
  };
}
