// The numbers this notebook shows, computed once at build time: the CSR exports are synchronised
// into a DuckDB database in a temp file (never committed), queried, and the file is removed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCsrDatabase, syncCsr } from "@hnl/csr";
import { csrIndiaSource, resolveDataDir } from "@hnl/data";

type Row = Record<string, string | number | boolean | null>;

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
}

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
          await q(`WITH s AS (SELECT state, fiscal_year, ${crore} AS crore FROM csr_spend WHERE source_id <> 'portal-2024-25' GROUP BY ALL),
          top AS (SELECT state FROM s GROUP BY state ORDER BY sum(crore) DESC, state LIMIT 15)
          SELECT * FROM s WHERE state IN (SELECT state FROM top) ORDER BY state, fiscal_year`),
        topCompanies:
          // min() rather than any_value(): the same input must give the same page (determinism test).
          await q(`SELECT company_key, min(company_name) AS company_name, list_sort(list_distinct(list(fiscal_year)))::VARCHAR AS years,
            ${crore} AS crore, min(match_method) AS match_method
          FROM csr_spend GROUP BY company_key ORDER BY crore DESC, company_key LIMIT 15`),
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
      };
      return report;
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
