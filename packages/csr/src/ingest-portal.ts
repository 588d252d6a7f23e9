import type { DuckDBConnection } from "@duckdb/node-api";
import { MAX_AMOUNT_INR } from "./amount-bounds.js";
import { appendRows, sqlString } from "./append-rows.js";
import type { CompanyIndex } from "./company-index.js";
import { detectSwappedSectors, type SectorColumnCheck } from "./detect-swapped-sectors.js";
import type { Mappings } from "./mapping-tables.js";
import { message } from "./messages.js";
import { resolveCompany } from "./resolve-company.js";
import { type SectorClass, sectorClass } from "./sector-class.js";
import { AMOUNT_UNITS } from "./units.js";

/** The seven columns of a current National CSR Portal export (FY 2023-24, FY 2024-25), in order. */
export const PORTAL_COLUMNS = [
  "Company Name",
  "Financial Year",
  "PSU/Non-PSU",
  "CSR State",
  "CSR Development Sector",
  "CSR Sub Development Sector",
  "Project Amount Spent (In INR Cr.)",
] as const;

/** What a sync needs besides the connection: the company index and the mapping tables. */
export interface SyncContext {
  connection: DuckDBConnection;
  index: CompanyIndex;
  mappings: Mappings;
}

/** Rows in, accepted, rejected, excluded by a documented rule and written for one source: rows in = accepted + rejected + excluded. */
export interface SourceAccounting {
  sourceId: string;
  sourceFile: string;
  rowsIn: number;
  accepted: number;
  rejected: number;
  excluded: number;
  rowsOut: number;
  sectorCheck: SectorColumnCheck;
}

/** The portal checks, as `column|value|reason` (null for a sound row), on the staged columns; amounts within the bounds of `amountOutOfBounds`. */
export const PORTAL_REJECT_REASON = `CASE
  WHEN company_name IS NULL OR trim(company_name) = '' THEN 'Company Name|' || coalesce(company_name, '') || '|${message.reject.blankCompany}'
  WHEN financial_year IS NULL OR NOT (financial_year LIKE 'FY ____-__') THEN 'Financial Year|' || coalesce(financial_year, '') || '|${message.reject.badYear}'
  WHEN amount IS NOT NULL AND trim(amount) <> '' AND TRY_CAST(trim(amount) AS DOUBLE) IS NULL THEN 'Project Amount Spent (In INR Cr.)|' || amount || '|${message.reject.badAmount}'
  WHEN NOT isfinite(TRY_CAST(trim(amount) AS DOUBLE)) THEN 'Project Amount Spent (In INR Cr.)|' || amount || '|${message.reject.amount["not-finite"]("INR crore")}'
  WHEN abs(TRY_CAST(trim(amount) AS DOUBLE)) * ${AMOUNT_UNITS["INR crore"]} > ${MAX_AMOUNT_INR} THEN 'Project Amount Spent (In INR Cr.)|' || amount || '|${message.reject.amount["too-large"]("INR crore")}'
  WHEN TRY_CAST(trim(amount) AS DOUBLE) < 0 THEN 'Project Amount Spent (In INR Cr.)|' || amount || '|${message.reject.amount.negative("INR crore")}'
  WHEN psu IS NULL OR psu NOT IN ('PSU', 'Non-PSU') THEN 'PSU/Non-PSU|' || coalesce(psu, '') || '|${message.reject.badPsu}'
END`;

/**
 * The SELECT list that turns the seven portal columns (named company_name, financial_year, psu,
 * state, sector_a, sector_b, amount, plus source_row) into a row of `spend_rows`: checked, the
 * year written 2023-24, the amount a number in crore.
 */
export function portalSpendRow(source: { id: string; file: string }): string {
  return `${sqlString(source.id)}, ${sqlString(source.file)}, source_row,
    CASE WHEN financial_year LIKE 'FY ____-__' THEN substr(financial_year, 4) END, company_name, NULL, psu, state, NULL, sector_a, sector_b,
    NULL, NULL, NULL, TRY_CAST(trim(amount) AS DOUBLE), 'INR crore', ${AMOUNT_UNITS["INR crore"]}, ${PORTAL_REJECT_REASON}`;
}

/**
 * Completes a source once its rows are in `spend_rows`: resolves each company name not resolved
 * before (once per distinct name and CIN, in JavaScript), looks up each new state and sector
 * label (once per distinct label), checks the two sector columns by their VALUES
 * (`sector_column_checks`), records the source's own totals per year when asked (a CSV read by
 * DuckDB; loaders' totals come from JavaScript) and its row accounting, and checks that
 * `csr_spend` holds exactly the accepted rows.
 */
export async function finishSource(
  ctx: SyncContext,
  source: { id: string; file: string; format: string; unit: string },
  options: { sectorColumns: 1 | 2; sourceTotals: boolean; loaderRowsIn?: number; loaderRejected?: number; loaderExcluded?: number },
): Promise<SourceAccounting> {
  const { connection } = ctx;
  const id = sqlString(source.id);
  const accepted = `FROM spend_rows WHERE source_id = ${id} AND reject_reason IS NULL`;
  await resolveNames(
    ctx,
    `SELECT DISTINCT company_name, cin_in_source ${accepted} AND NOT EXISTS (SELECT 1 FROM name_matches n
      WHERE n.company_name = spend_rows.company_name AND coalesce(n.cin_in_source, '') = coalesce(spend_rows.cin_in_source, ''))`,
  );
  await lookupLabels(
    ctx,
    `SELECT DISTINCT state_source ${accepted} AND state_source NOT IN (SELECT value FROM state_labels)`,
    `SELECT DISTINCT v FROM (SELECT sector_a AS v ${accepted} UNION SELECT sector_b ${accepted}) WHERE v NOT IN (SELECT value FROM sector_labels)`,
  );
  let sectorCheck: SectorColumnCheck;
  if (options.sectorColumns === 2) {
    const counts =
      await connection.runAndReadAll(`SELECT coalesce(a.class, 'unknown') AS a, coalesce(b.class, 'unknown') AS b, count(*)::INTEGER AS n
      FROM spend_rows s LEFT JOIN sector_labels a ON a.value = s.sector_a LEFT JOIN sector_labels b ON b.value = s.sector_b
      WHERE s.source_id = ${id} AND s.reject_reason IS NULL GROUP BY ALL`);
    sectorCheck = detectSwappedSectors(
      counts.getRowObjectsJson().map((r) => ({ titledBroad: r.a as SectorClass, titledSpecific: r.b as SectorClass, rows: Number(r.n) })),
    );
  } else {
    const rows = Number((await connection.runAndReadAll(`SELECT count(*) ${accepted}`)).getRows()[0]?.[0] ?? 0);
    sectorCheck = { rows, asTitled: 0, swapped: 0, neutral: 0, undetermined: rows, verdict: "one column only" };
  }
  await appendRows(connection, "sector_column_checks", [
    [
      source.id,
      sectorCheck.rows,
      sectorCheck.asTitled,
      sectorCheck.swapped,
      sectorCheck.neutral,
      sectorCheck.undetermined,
      sectorCheck.verdict,
    ],
  ]);
  if (options.sourceTotals) {
    await connection.run(`INSERT INTO source_totals SELECT ${id}, fiscal_year, '(all)', count(*)::INTEGER,
      CAST(sum(round(amount_source * amount_factor, 2)) AS DECIMAL(38,2)) ${accepted} GROUP BY ALL`);
  }
  const [rowsInStaged, rejectedStaged, rowsOut] = (
    await connection.runAndReadAll(`SELECT count(*)::INTEGER, count(reject_reason)::INTEGER, (SELECT count(*) FROM csr_spend WHERE source_id = ${id})::INTEGER
      FROM spend_rows WHERE source_id = ${id}`)
  ).getRows()[0] as [number, number, number];
  const accepted_ = rowsInStaged - rejectedStaged;
  if (rowsOut !== accepted_) throw new Error(`${message.rowCountMismatch(source.id, accepted_, rowsOut)} ${message.rowCountHint}`);
  const excluded = options.loaderExcluded ?? 0;
  const rejected = rejectedStaged + (options.loaderRejected ?? 0) - excluded;
  const rowsIn = options.loaderRowsIn ?? rowsInStaged;
  await appendRows(connection, "sources", [
    [source.id, source.file, source.format, "project", source.unit, rowsIn, accepted_, rejected, rowsOut, "csr_spend", excluded],
  ]);
  return { sourceId: source.id, sourceFile: source.file, rowsIn, accepted: accepted_, rejected, excluded, rowsOut, sectorCheck };
}

/**
 * Resolves each (name, CIN) pair the query returns, once, and appends the answers to
 * `name_matches` (company_name, cin_in_source, name_key, company_key, cin, method, score, candidates).
 */
export async function resolveNames(ctx: SyncContext, distinctNamesAndCins: string): Promise<void> {
  const { connection, index } = ctx;
  const pairs = (await connection.runAndReadAll(distinctNamesAndCins)).getRows() as [string, string | null][];
  await appendRows(
    connection,
    "name_matches",
    pairs.map(([name, cin]) => {
      const m = resolveCompany(index, { name, cin });
      return [name, cin, m.nameKey, m.companyKey, m.cin, m.method, m.score, formatCandidates(m.candidates)];
    }),
  );
}

/** Looks up each new state label and sector label the two queries return, once, into `state_labels` and `sector_labels`. */
export async function lookupLabels(ctx: SyncContext, newStates: string, newSectors: string): Promise<void> {
  const { connection, mappings } = ctx;
  const values = async (sql: string) =>
    (await connection.runAndReadAll(`SELECT DISTINCT v FROM (${sql}) AS t(v) WHERE v IS NOT NULL`)).getRows().map((r) => r[0] as string);
  await appendRows(
    connection,
    "state_labels",
    (await values(newStates)).map((v) => {
      const hit = mappings.state(v);
      return [v, hit?.row.canonical ?? null, hit?.listed ?? null];
    }),
  );
  await appendRows(
    connection,
    "sector_labels",
    (await values(newSectors)).map((v) => {
      const broad = mappings.sectorBroad(v);
      const specific = mappings.sectorSpecific(v);
      return [
        v,
        sectorClass(v, mappings),
        broad?.row.canonical ?? null,
        specific?.row.canonical ?? null,
        specific?.row.sector_broad ?? null,
        broad?.listed ?? null,
        specific?.listed ?? null,
      ];
    }),
  );
}

/** Candidates as one line of text for a table cell: `CIN name (reason, score)`, separated by ` | `. */
export function formatCandidates(candidates: readonly { cin: string; name: string; score: number; reason: string }[]): string | null {
  if (candidates.length === 0) return null;
  return candidates.map((c) => `${c.cin} ${c.name} (${c.reason}, ${c.score})`).join(" | ");
}
