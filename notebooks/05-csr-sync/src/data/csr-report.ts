// The numbers this notebook shows, computed once at build time: the CSR exports are synchronised
// into a DuckDB database in a temp file (never committed), queried, and the file is removed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AMOUNT_UNITS, CSR_SPEND_COLUMNS, displayCompanyName, openCsrDatabase, syncCsr } from "@hnl/csr";
import { csrIndiaSource, resolveDataDir } from "@hnl/data";
import { methodSummary, type ResolutionMethod, readNameCheck, readResolvedCheck, similarNames } from "./name-match-check.ts";
import { indiaObcProjects, OBC_SECTOR_ITEMS, pipelineCountries } from "./obc-crosswalk.ts";

type Row = Record<string, string | number | boolean | null>;

const bySourceRows = (rows: Row[], id: string) => rows.find((r) => r.source_id === id)?.rows_out ?? 0;

/** The source ids as a reader should read them. */
export const SOURCE_LABEL: Record<string, string> = {
  "old-portal-2014-17": "Old portal, FY 2014-17 (top-100 spenders)",
  "portal-2023-24": "Portal export FY 2023-24 (8,000-row sample)",
  "portal-2024-25": "Portal export FY 2024-25 (66-row excerpt)",
  "company-year-share": "s.135 company-year table (top 100)",
  "pre-mandate-spend": "Pre-mandate spend FY 2011-14 (top 100)",
  "top-100-list": "Scraper's top-100 input list",
  "company-master": "Company master (csr.gov.in)",
};

export interface CsrReport {
  dataset: string;
  snapshot: string;
  csrSpendRows: number;
  accounting: Row[];
  rejected: Row[];
  sectorChecks: Row[];
  mappingTables: Row[];
  stateVariants: Row[];
  unmapped: Row[];
  matchRates: Row[];
  matchMethods: Row[];
  unresolved: Row[];
  reconciliation: Row[];
  reconciliationMismatches: number;
  byYearSource: Row[];
  bySectorSource: Row[];
  byStateYear: Row[];
  topCompanies: Row[];
  blankAmounts: Row[];
  zeroAmounts: Row[];
  negativeAmounts: number;
  oldPortalCompanies: number;
  oldPortalCompaniesIn2023: number;
  /** One row per fiscal year since FY 2011-12 and source, years without data included (rows 0). */
  coverage: Row[];
  yearsWithProjectRows: number;
  /** The fiscal years no source covers, each on its own. */
  missingYears: string[];
  yearsSinceMandate: number;
  schema: Row[];
  lineage: Row[];
  obcProjects: Row[];
  obcSectors: Row[];
  obcStates: Row[];
  /** India's place among the Pipeline Dataset's countries (1 = most projects), and the runner-up's count. */
  /** FY 2023-24 names by resolution method (accepted, suggestion only, unresolved), with hand-checked precision. */
  nameMethods: Row[];
  /** Rows of the hand check of unresolved names' closest candidates, and of resolved names. */
  nameCheckRows: number;
  resolvedCheckRows: number;
  /** FY 2023-24 names tied to a CIN without the same-letters method, and their share. */
  namesWithCinBefore: number;
  pctNamesBefore: number;
  ambiguous2023: number;
  indiaPipelineRank: number;
  pipelineRunnerUp: Row;
  /** Rupees in one crore, the unit every amount of the page is shown in. */
  croreInr: number;
}

/** What each source covers, said with its own counts. */
function covers(sourceId: string, rows: number, companies: number): string {
  const n = (x: number) => x.toLocaleString("en-GB");
  switch (sourceId) {
    case "old-portal-2014-17":
      return `Every project of the top-100 CSR spenders the portal held (${n(companies)} companies)`;
    case "portal-2023-24":
      return `A sample of ${n(rows)} project rows; how they were chosen is not documented`;
    case "portal-2024-25":
      return `An excerpt of ${n(rows)} project rows (${n(companies)} companies)`;
    case "pre-mandate-spend":
      return `Company totals of the top-100 spenders, no project detail (${n(companies)} companies)`;
    default:
      return "No project-level data obtained";
  }
}

/** The fiscal years from FY 2011-12 (three years before the mandate) to FY 2024-25. */
export const FISCAL_YEARS = Array.from({ length: 14 }, (_, i) => `${2011 + i}-${String((12 + i) % 100).padStart(2, "0")}`);

/**
 * Each source's columns and the canonical column of csr_spend they become, with what happens on
 * the way. The portal exports share one format; FY 2024-25's two sector columns are swapped.
 */
export const LINEAGE: readonly { source_id: string; column: string; canonical: string; how: string }[] = [
  { source_id: "old-portal-2014-17", column: "company_name", canonical: "company_name", how: "copied; display name derived" },
  { source_id: "old-portal-2014-17", column: "cin", canonical: "company_key", how: "CIN, checked against the company master" },
  { source_id: "old-portal-2014-17", column: "year", canonical: "fiscal_year", how: "copied (2014-15)" },
  { source_id: "old-portal-2014-17", column: "state", canonical: "state", how: "mapped by states.csv" },
  { source_id: "old-portal-2014-17", column: "district", canonical: "district", how: "copied" },
  {
    source_id: "old-portal-2014-17",
    column: "proj_sector",
    canonical: "sector_specific",
    how: "mapped by sectors-specific.csv; broad group from it",
  },
  { source_id: "old-portal-2014-17", column: "proj_name", canonical: "project_name", how: "copied" },
  { source_id: "old-portal-2014-17", column: "mode", canonical: "implementation_mode", how: "copied" },
  { source_id: "old-portal-2014-17", column: "outlay", canonical: "outlay_inr", how: "rupees, commas removed" },
  { source_id: "old-portal-2014-17", column: "spent", canonical: "amount_inr", how: "rupees, commas removed" },
  { source_id: "portal-2023-24", column: "Company Name", canonical: "company_name", how: "copied; display name derived" },
  { source_id: "portal-2023-24", column: "Company Name", canonical: "company_key", how: "name matched to the company master" },
  { source_id: "portal-2023-24", column: "Financial Year", canonical: "fiscal_year", how: "FY prefix dropped" },
  { source_id: "portal-2023-24", column: "PSU/Non-PSU", canonical: "psu", how: "PSU read as true" },
  { source_id: "portal-2023-24", column: "CSR State", canonical: "state", how: "mapped by states.csv" },
  { source_id: "portal-2023-24", column: "CSR Development Sector", canonical: "sector_broad", how: "mapped by sectors-broad.csv" },
  {
    source_id: "portal-2023-24",
    column: "CSR Sub Development Sector",
    canonical: "sector_specific",
    how: "mapped by sectors-specific.csv",
  },
  { source_id: "portal-2023-24", column: "Project Amount Spent (In INR Cr.)", canonical: "amount_inr", how: "crore × 10,000,000" },
  { source_id: "portal-2024-25", column: "Company Name", canonical: "company_name", how: "copied; display name derived" },
  { source_id: "portal-2024-25", column: "Company Name", canonical: "company_key", how: "name matched to the company master" },
  { source_id: "portal-2024-25", column: "Financial Year", canonical: "fiscal_year", how: "FY prefix dropped" },
  { source_id: "portal-2024-25", column: "PSU/Non-PSU", canonical: "psu", how: "PSU read as true" },
  { source_id: "portal-2024-25", column: "CSR State", canonical: "state", how: "mapped by states.csv" },
  { source_id: "portal-2024-25", column: "CSR Development Sector", canonical: "sector_specific", how: "swapped: holds the specific item" },
  { source_id: "portal-2024-25", column: "CSR Sub Development Sector", canonical: "sector_broad", how: "swapped: holds the broad group" },
  {
    source_id: "portal-2024-25",
    column: "Project Amount Spent (In INR Cr.)",
    canonical: "amount_inr",
    how: "crore × 10,000,000; blank kept null",
  },
];

/**
 * Builds the CSR database from the data directory into a temp file and reads the data-quality
 * report and the first analysis from it. Company names only: the company master's e-mails and
 * addresses never enter the database.
 */
export async function csrReport(): Promise<CsrReport> {
  const dir = mkdtempSync(join(tmpdir(), "hnl-nb05-"));
  const out = join(dir, "csr.duckdb");
  try {
    // allowRejected: this page reports rejected rows (the accounting and rejected tables below), so a
    // rejected row is shown to the reader rather than failing the build; the real data has none.
    const result = await syncCsr({ dataDir: resolveDataDir(), out, allowRejected: true });
    const db = await openCsrDatabase(out);
    try {
      const q = async (sql: string): Promise<Row[]> => (await db.connection.runAndReadAll(sql)).getRowObjectsJson() as Row[];
      const one = async (sql: string): Promise<number> => Number(Object.values((await q(sql))[0] ?? {})[0] ?? 0);
      const label = (rows: Row[]) => rows.map((r) => ({ ...r, source: SOURCE_LABEL[String(r.source_id)] ?? String(r.source_id) }));
      const crore = "round(sum(amount_inr)::DOUBLE / 1e7, 1)";
      const report: CsrReport = {
        dataset: csrIndiaSource.title,
        snapshot: csrIndiaSource.snapshot,
        csrSpendRows: result.csrSpendRows,
        accounting: label([
          ...(await q("SELECT source_id, source_file, rows_in, accepted, rejected, rows_out, out_table FROM sources ORDER BY source_id")),
          ...result.companySources.map((s) => ({
            source_id: s.sourceId,
            source_file: s.sourceFile,
            rows_in: s.rowsIn,
            accepted: s.accepted,
            rejected: s.rejected,
            rows_out: s.rowsOut,
            out_table: s.table,
          })),
        ]),
        rejected: label(
          await q(
            `SELECT source_id, "column", reason, count(*)::INTEGER AS rows FROM rejected_rows GROUP BY ALL ORDER BY rows DESC, source_id, "column", reason`,
          ),
        ),
        sectorChecks: label(await q("SELECT * FROM sector_column_checks ORDER BY source_id")),
        mappingTables:
          await q(`SELECT 'states.csv' AS file, count(*)::INTEGER AS source_values, count(DISTINCT canonical)::INTEGER AS canonical_values FROM map_state
          UNION ALL SELECT 'sectors-broad.csv', count(*)::INTEGER, count(DISTINCT canonical)::INTEGER FROM map_sector_broad
          UNION ALL SELECT 'sectors-specific.csv', count(*)::INTEGER, count(DISTINCT canonical)::INTEGER FROM map_sector_specific
          ORDER BY file`),
        stateVariants:
          await q(`SELECT canonical, string_agg(source_value, ' · ' ORDER BY source_value) AS source_values, count(*)::INTEGER AS n
          FROM map_state WHERE source_value <> canonical OR canonical IN (SELECT canonical FROM map_state WHERE source_value <> canonical)
          GROUP BY ALL ORDER BY canonical`),
        unmapped: label(await q("SELECT * FROM unmapped_values ORDER BY ALL")),
        matchRates: label(
          await q(`SELECT source_id, sum(rows)::INTEGER AS rows, sum(rows) FILTER (WHERE cin IS NOT NULL)::INTEGER AS rows_with_cin,
            count(*)::INTEGER AS names, count(*) FILTER (WHERE cin IS NOT NULL)::INTEGER AS names_with_cin,
            round(100.0 * count(*) FILTER (WHERE cin IS NOT NULL) / count(*), 1)::DOUBLE AS pct_names,
            round(100.0 * sum(rows) FILTER (WHERE cin IS NOT NULL) / sum(rows), 1)::DOUBLE AS pct_rows
            FROM company_matches GROUP BY ALL ORDER BY source_id`),
        ),
        matchMethods: label(
          await q(`SELECT source_id, method, count(*)::INTEGER AS names, sum(rows)::INTEGER AS rows, round(min(score), 2)::DOUBLE AS min_score
            FROM company_matches GROUP BY ALL ORDER BY source_id, names DESC, method`),
        ),
        unresolved: label(
          await q(`SELECT source_id, company_name, method, rows, coalesce(regexp_replace(candidates, '[LUF][0-9A-Z]{5,20} ', '', 'g'), '') AS candidates
            FROM unresolved_companies ORDER BY rows DESC, company_name, source_id, method, candidates LIMIT 40`),
        ),
        reconciliation: label(
          await q(`SELECT source_id, fiscal_year, source_rows, db_rows, round(source_amount_inr::DOUBLE / 1e7, 2) AS source_crore,
            round(db_amount_inr::DOUBLE / 1e7, 2) AS db_crore, (coalesce(db_amount_inr, 0) - coalesce(source_amount_inr, 0))::DOUBLE AS difference_inr
            FROM reconciliation WHERE sector_broad = '(all)' ORDER BY fiscal_year, source_id`),
        ),
        reconciliationMismatches: await one(
          "SELECT count(*) FROM reconciliation WHERE source_rows <> db_rows OR abs(coalesce(source_amount_inr, 0) - coalesce(db_amount_inr, 0)) > 0.01",
        ),
        byYearSource: label(
          await q(`SELECT fiscal_year, source_id, count(*)::INTEGER AS rows, ${crore} AS crore FROM csr_spend GROUP BY ALL ORDER BY 1, 2`),
        ),
        bySectorSource: label(
          await q(`SELECT sector_broad, source_id, ${crore} AS crore, round(100.0 * sum(amount_inr) / sum(sum(amount_inr)) OVER (PARTITION BY source_id), 1)::DOUBLE AS pct
            FROM csr_spend GROUP BY sector_broad, source_id ORDER BY source_id, crore DESC, sector_broad`),
        ),
        byStateYear:
          // Shares of each year's spending, so a top-100 year and a sample year can sit side by side.
          await q(`WITH s AS (SELECT state, fiscal_year, ${crore} AS crore,
              round(100.0 * sum(amount_inr) / sum(sum(amount_inr)) OVER (PARTITION BY fiscal_year), 1)::DOUBLE AS pct
            FROM csr_spend WHERE source_id <> 'portal-2024-25' GROUP BY state, fiscal_year),
          top AS (SELECT state FROM s GROUP BY state ORDER BY sum(pct) DESC, state LIMIT 15)
          SELECT * FROM s WHERE state IN (SELECT state FROM top) ORDER BY state, fiscal_year`),
        topCompanies:
          // min() rather than any_value(): the same input must give the same page (determinism test).
          (
            await q(`SELECT company_key, min(company_name) AS company_name, list_sort(list_distinct(list(fiscal_year)))::VARCHAR AS years,
            ${crore} AS crore, min(match_method) AS match_method
          FROM csr_spend WHERE source_id = 'old-portal-2014-17' GROUP BY company_key ORDER BY crore DESC, company_key LIMIT 15`)
          ).map((x) => ({ ...x, display_name: displayCompanyName(String(x.company_name)) })),
        blankAmounts: label(
          await q("SELECT source_id, count(*)::INTEGER AS rows FROM csr_spend WHERE amount_inr IS NULL GROUP BY ALL ORDER BY source_id"),
        ),
        zeroAmounts: label(
          await q("SELECT source_id, count(*)::INTEGER AS rows FROM csr_spend WHERE amount_inr = 0 GROUP BY ALL ORDER BY source_id"),
        ),
        negativeAmounts: await one("SELECT count(*) FROM csr_spend WHERE amount_inr < 0"),
        oldPortalCompanies: await one("SELECT count(DISTINCT company_key) FROM csr_spend WHERE source_id = 'old-portal-2014-17'"),
        oldPortalCompaniesIn2023: await one(`SELECT count(DISTINCT company_key) FROM csr_spend WHERE source_id = 'portal-2023-24'
          AND company_key IN (SELECT company_key FROM csr_spend WHERE source_id = 'old-portal-2014-17')`),
        coverage: [],
        yearsWithProjectRows: 0,
        missingYears: [],
        yearsSinceMandate: 0,
        schema: [],
        lineage: [],
        obcProjects: [],
        obcSectors: [],
        obcStates: [],
        croreInr: AMOUNT_UNITS["INR crore"],
        nameMethods: [],
        nameCheckRows: 0,
        resolvedCheckRows: 0,
        namesWithCinBefore: 0,
        pctNamesBefore: 0,
        ambiguous2023: 0,
        indiaPipelineRank: 0,
        pipelineRunnerUp: {},
      };
      // Coverage: every fiscal year from FY 2011-12, each source's rows, companies and crore; a year no source covers is a row too.
      const spendCoverage =
        await q(`SELECT fiscal_year, source_id, count(*)::INTEGER AS rows, count(DISTINCT company_key)::INTEGER AS companies, ${crore} AS crore
        FROM csr_spend GROUP BY ALL
        UNION ALL SELECT fiscal_year, 'pre-mandate-spend', count(*)::INTEGER, count(DISTINCT company_key)::INTEGER, ${crore} FROM pre_mandate_spend GROUP BY ALL`);
      const covered = FISCAL_YEARS.flatMap((year) => {
        const found = spendCoverage
          .filter((c) => c.fiscal_year === year)
          .sort((a, b) => String(a.source_id).localeCompare(String(b.source_id)));
        const rows = found.length > 0 ? found : [{ fiscal_year: year, source_id: "none", rows: 0, companies: 0, crore: null }];
        return rows.map((c) => ({
          fiscal_year: `FY ${year}`,
          source_id: String(c.source_id),
          source: SOURCE_LABEL[String(c.source_id)] ?? "None",
          grain: c.source_id === "pre-mandate-spend" ? "company-year" : c.source_id === "none" ? "" : "project",
          rows: Number(c.rows),
          companies: Number(c.companies),
          crore: c.crore === null ? null : Number(c.crore),
          covers: covers(String(c.source_id), Number(c.rows), Number(c.companies)),
        }));
      });
      // Consecutive years without data are one row ("FY 2017-18 to 2022-23"), so the gap reads as one.
      report.coverage = [];
      for (const row of covered) {
        const last = report.coverage.at(-1);
        if (row.source_id === "none" && last?.source_id === "none")
          last.fiscal_year = `${String(last.fiscal_year).slice(0, 10)} to ${row.fiscal_year.slice(3)}`;
        else report.coverage.push({ ...row });
      }
      report.missingYears = covered.filter((c) => c.source_id === "none").map((c) => c.fiscal_year);
      const mandateYears = FISCAL_YEARS.filter((y) => y >= "2014-15");
      report.yearsSinceMandate = mandateYears.length;
      report.yearsWithProjectRows = mandateYears.filter((y) =>
        spendCoverage.some((c) => c.fiscal_year === y && c.source_id !== "pre-mandate-spend"),
      ).length;
      report.schema = CSR_SPEND_COLUMNS.map((c) => ({ name: c.name, type: c.type, description: c.description }));
      report.lineage = LINEAGE.map((l) => ({
        ...l,
        source: SOURCE_LABEL[l.source_id] ?? l.source_id,
        rows: Number(bySourceRows(report.accounting, l.source_id)),
      }));
      // Outcomes-based contracts in India and CSR in the same sectors and states.
      const obc = await indiaObcProjects();
      report.obcProjects = obc.map((p) => ({ ...p, sectors: p.sectors.join(", "), states: p.states.join(", ") }));
      const itemShares = await q(`SELECT source_id, sector_specific, sum(amount_inr)::DOUBLE AS inr, count(*)::INTEGER AS rows,
          sum(sum(amount_inr)) OVER (PARTITION BY source_id)::DOUBLE AS total
        FROM csr_spend WHERE source_id IN ('old-portal-2014-17', 'portal-2023-24') GROUP BY source_id, sector_specific`);
      report.obcSectors = Object.entries(OBC_SECTOR_ITEMS).map(([sector, items]) => {
        const share = (id: string) => {
          const rows = itemShares.filter((x) => x.source_id === id && items.includes(String(x.sector_specific)));
          const total = Number(itemShares.find((x) => x.source_id === id)?.total ?? 0);
          return {
            pct: Math.round((1000 * rows.reduce((n, x) => n + Number(x.inr), 0)) / total) / 10,
            crore: Math.round(rows.reduce((n, x) => n + Number(x.inr), 0) / 1e6) / 10,
            rows: rows.reduce((n, x) => n + Number(x.rows), 0),
          };
        };
        const now = share("portal-2023-24");
        const then = share("old-portal-2014-17");
        return {
          sector,
          items: items.join(", "),
          indigo_projects: obc.filter((p) => p.dataset === "INDIGO" && p.sectors.includes(sector)).length,
          pipeline_projects: obc.filter((p) => p.dataset === "Pipeline" && p.sectors.includes(sector)).length,
          pct_2023: now.pct,
          crore_2023: now.crore,
          rows_2023: now.rows,
          pct_2014_17: then.pct,
          crore_2014_17: then.crore,
        };
      });
      // Company names: the FY 2023-24 names each accepted method tied to a CIN, and each unresolved
      // name's most similar company (a suggestion), by method, with the hand-checked precision.
      const accepted = await q(`SELECT method, count(*)::INTEGER AS names, sum(rows)::INTEGER AS rows FROM company_matches
        WHERE source_id = 'portal-2023-24' AND method IN ('cin', 'exact_name', 'normalised_name', 'same_registration', 'same_letters') GROUP BY method`);
      const unresolvedNames = await q(`SELECT source_id, company_name, rows FROM company_matches
        WHERE method = 'unresolved' AND source_id = 'portal-2023-24' ORDER BY company_name`);
      const similar = similarNames(db.index, unresolvedNames);
      const checked = await readNameCheck();
      const resolvedChecked = await readResolvedCheck();
      report.nameMethods = methodSummary(
        [
          ...accepted.map((a) => ({ method: String(a.method) as ResolutionMethod, names: Number(a.names), rows: Number(a.rows) })),
          ...similar,
        ],
        [...checked, ...resolvedChecked],
      );
      report.nameCheckRows = checked.length;
      report.resolvedCheckRows = resolvedChecked.length;
      const p23 = report.matchRates.find((m) => m.source_id === "portal-2023-24") ?? {};
      const sameLetters = Number(accepted.find((a) => a.method === "same_letters")?.names ?? 0);
      report.namesWithCinBefore = Number(p23.names_with_cin) - sameLetters;
      report.pctNamesBefore = Math.round((1000 * report.namesWithCinBefore) / Number(p23.names)) / 10;
      report.ambiguous2023 = await one("SELECT count(*) FROM company_matches WHERE source_id = 'portal-2023-24' AND method = 'ambiguous'");
      const countries = await pipelineCountries();
      report.indiaPipelineRank = countries.findIndex((c) => c.country === "IN") + 1;
      report.pipelineRunnerUp = { ...(countries.find((c) => c.country !== "IN") ?? { country: "", projects: 0 }) };
      const obcStates = [...new Set(obc.flatMap((p) => p.states))].sort();
      const stateSpend = await q(`SELECT state, ${crore} AS crore, count(*)::INTEGER AS rows,
          round(100.0 * sum(amount_inr) / sum(sum(amount_inr)) OVER (), 1)::DOUBLE AS pct
        FROM csr_spend WHERE source_id = 'portal-2023-24' GROUP BY state`);
      report.obcStates = obcStates.map((state) => {
        const s = stateSpend.find((x) => x.state === state);
        return {
          state,
          projects: obc.filter((p) => p.states.includes(state)).length,
          crore_2023: Number(s?.crore ?? 0),
          rows_2023: Number(s?.rows ?? 0),
          pct_2023: Number(s?.pct ?? 0),
        };
      });
      return report;
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
