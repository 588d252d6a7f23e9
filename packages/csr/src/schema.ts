import type { DuckDBConnection } from "@duckdb/node-api";

/** One column of `csr_spend`: its name, SQL type and what it holds (the Frictionless description too). */
export interface SpendColumn {
  name: string;
  sql: string;
  type: "string" | "integer" | "number" | "boolean";
  description: string;
}

/** The columns of `csr_spend`, one row per accepted project row of a source, in table order. */
export const CSR_SPEND_COLUMNS: readonly SpendColumn[] = [
  { name: "fiscal_year", sql: "VARCHAR NOT NULL", type: "string", description: "Financial year, April to March, written 2014-15." },
  { name: "company_name", sql: "VARCHAR NOT NULL", type: "string", description: "Company name as published in the source." },
  {
    name: "company_key",
    sql: "VARCHAR NOT NULL",
    type: "string",
    description: "The resolved company: its CIN, or `name:` and the normalised name when no CIN could be tied to it (see company_matches).",
  },
  { name: "cin", sql: "VARCHAR", type: "string", description: "Corporate Identification Number; null when unknown." },
  {
    name: "match_method",
    sql: "VARCHAR NOT NULL",
    type: "string",
    description: "How company_key was found: cin, exact_name, normalised_name, same_letters, same_registration, ambiguous, unresolved.",
  },
  {
    name: "match_score",
    sql: "DOUBLE NOT NULL",
    type: "number",
    description:
      "Confidence of the match, 0 to 1 (1: CIN, exact name or same letters, whose string similarity is 1; 0.95: normalised name; 0.9: same registration).",
  },
  { name: "psu", sql: "BOOLEAN", type: "boolean", description: "True for a public-sector undertaking; null when no source says." },
  {
    name: "psu_basis",
    sql: "VARCHAR",
    type: "string",
    description: "Where psu comes from: the row itself, the s.135 company-year table, or the company master's sub-category.",
  },
  {
    name: "state",
    sql: "VARCHAR",
    type: "string",
    description:
      "Canonical state or union territory, or PAN India, PAN India (Other Centralized Funds), NEC/Not mentioned; null when blank or unmapped.",
  },
  { name: "state_source", sql: "VARCHAR", type: "string", description: "The state as published." },
  {
    name: "district",
    sql: "VARCHAR",
    type: "string",
    description: "District as published (FY 2014-17 only; NEC variants written NEC/Not mentioned).",
  },
  {
    name: "sector_broad",
    sql: "VARCHAR",
    type: "string",
    description: "One of the 14 broad sector groups; from the specific item where the source has no broad column.",
  },
  { name: "sector_specific", sql: "VARCHAR", type: "string", description: "The Schedule VII item (one of 29), canonical name." },
  {
    name: "sector_broad_source",
    sql: "VARCHAR",
    type: "string",
    description: "The published value read as the broad group (after un-swapping).",
  },
  {
    name: "sector_specific_source",
    sql: "VARCHAR",
    type: "string",
    description: "The published value read as the specific item (after un-swapping).",
  },
  {
    name: "sectors_swapped",
    sql: "BOOLEAN NOT NULL",
    type: "boolean",
    description: "True when this row's two sector columns held each other's values (detected by value).",
  },
  {
    name: "sector_pair_consistent",
    sql: "BOOLEAN",
    type: "boolean",
    description:
      "True when the specific item belongs to the broad group given; null when the source gives only one of them or one is unmapped.",
  },
  { name: "project_name", sql: "VARCHAR", type: "string", description: "Project name as disclosed (FY 2014-17 only)." },
  { name: "implementation_mode", sql: "VARCHAR", type: "string", description: "Mode of implementation as published (FY 2014-17 only)." },
  { name: "outlay_inr", sql: "DECIMAL(18,2)", type: "number", description: "Amount outlay (budget), in rupees (FY 2014-17 only)." },
  {
    name: "amount_inr",
    sql: "DECIMAL(18,2)",
    type: "number",
    description: "Amount spent, in rupees; null when the source left it blank (never 0 for a blank).",
  },
  { name: "amount_source", sql: "DOUBLE", type: "number", description: "Amount spent as published, in amount_unit." },
  {
    name: "amount_unit",
    sql: "VARCHAR NOT NULL",
    type: "string",
    description: "Unit the source publishes the amount in: INR or INR crore.",
  },
  {
    name: "amount_factor",
    sql: "BIGINT NOT NULL",
    type: "integer",
    description: "Rupees per amount_unit: amount_inr = amount_source × amount_factor, rounded to the paisa.",
  },
  {
    name: "source_id",
    sql: "VARCHAR NOT NULL",
    type: "string",
    description: "The source: old-portal-2014-17, portal-2023-24, portal-2024-25, or portal:<file>.",
  },
  { name: "source_file", sql: "VARCHAR NOT NULL", type: "string", description: "The source file, relative to the data directory." },
  {
    name: "source_row",
    sql: "INTEGER NOT NULL",
    type: "integer",
    description: "Row in the source file as a spreadsheet shows it (the header is row 1).",
  },
];

const TABLES = `
CREATE TABLE spend_rows (source_id VARCHAR NOT NULL, source_file VARCHAR NOT NULL, source_row INTEGER NOT NULL, fiscal_year VARCHAR,
  company_name VARCHAR, cin_in_source VARCHAR, psu_published VARCHAR, state_source VARCHAR, district_source VARCHAR,
  sector_a VARCHAR, sector_b VARCHAR, project_name VARCHAR, implementation_mode VARCHAR, outlay_source DOUBLE, amount_source DOUBLE,
  amount_unit VARCHAR NOT NULL, amount_factor BIGINT NOT NULL, reject_reason VARCHAR);
CREATE TABLE name_matches (company_name VARCHAR, cin_in_source VARCHAR, name_key VARCHAR, company_key VARCHAR, cin VARCHAR,
  method VARCHAR, score DOUBLE, candidates VARCHAR);
CREATE TABLE state_labels (value VARCHAR, canonical VARCHAR, listed BOOLEAN);
CREATE TABLE sector_labels (value VARCHAR, class VARCHAR, broad VARCHAR, specific VARCHAR, specific_broad VARCHAR,
  broad_listed BOOLEAN, specific_listed BOOLEAN);
CREATE TABLE sources (source_id VARCHAR PRIMARY KEY, source_file VARCHAR, format VARCHAR, grain VARCHAR, amount_unit VARCHAR,
  rows_in INTEGER, accepted INTEGER, rejected INTEGER, rows_out INTEGER, out_table VARCHAR, excluded INTEGER);
CREATE TABLE loader_rejected (source_id VARCHAR, source_file VARCHAR, source_row INTEGER, "column" VARCHAR, value VARCHAR, reason VARCHAR);
CREATE TABLE unit_conversions (source_id VARCHAR, "column" VARCHAR, unit VARCHAR, factor BIGINT, out_column VARCHAR);
CREATE TABLE map_state (source_value VARCHAR, canonical VARCHAR, kind VARCHAR, seen_in VARCHAR, note VARCHAR);
CREATE TABLE map_sector_broad (source_value VARCHAR, canonical VARCHAR, seen_in VARCHAR, note VARCHAR);
CREATE TABLE map_sector_specific (source_value VARCHAR, canonical VARCHAR, sector_broad VARCHAR, seen_in VARCHAR, note VARCHAR);
CREATE TABLE master_state_usage (source_value VARCHAR, canonical VARCHAR, listed BOOLEAN, rows INTEGER);
CREATE TABLE sector_column_checks (source_id VARCHAR, rows INTEGER, as_titled INTEGER, swapped INTEGER, neutral INTEGER, undetermined INTEGER, verdict VARCHAR);
CREATE TABLE company_master (company_key VARCHAR PRIMARY KEY, cin VARCHAR, name VARCHAR, in_master BOOLEAN, company_class VARCHAR, category VARCHAR,
  sub_category VARCHAR, listing_status VARCHAR, state VARCHAR, date_of_incorporation VARCHAR);
CREATE TABLE company_aliases (cin VARCHAR, name VARCHAR, name_key VARCHAR, origin VARCHAR);
CREATE TABLE company_source_matches (source_id VARCHAR, company_name VARCHAR, cin_in_source VARCHAR, name_key VARCHAR, company_key VARCHAR,
  cin VARCHAR, method VARCHAR, score DOUBLE, candidates VARCHAR, rows INTEGER);
CREATE TABLE company_financials (cin VARCHAR, fiscal_year VARCHAR, turnover_inr DECIMAL(18,2), net_worth_inr DECIMAL(18,2), net_profit_inr DECIMAL(18,2));
CREATE TABLE company_year_share (company_key VARCHAR, cin VARCHAR, company_name VARCHAR, fiscal_year VARCHAR, psu BOOLEAN, rank_csr INTEGER,
  spending_pbt3_pct DOUBLE, source_row INTEGER);
CREATE TABLE pre_mandate_spend (company_key VARCHAR, cin VARCHAR, company_name VARCHAR, fiscal_year VARCHAR, psu BOOLEAN, amount_inr DECIMAL(18,2),
  amount_source DOUBLE, amount_unit VARCHAR, amount_factor BIGINT, source_row INTEGER);
CREATE TABLE source_totals (source_id VARCHAR, fiscal_year VARCHAR, sector_broad VARCHAR, rows INTEGER, amount_inr DECIMAL(38,2));

CREATE VIEW companies AS
  SELECT * FROM company_master
  UNION ALL
  SELECT company_key, any_value(cin), min(company_name), false, NULL, NULL, NULL, NULL, NULL, NULL
  FROM (SELECT company_key, cin, company_name FROM name_matches UNION ALL SELECT company_key, cin, company_name FROM company_source_matches)
  WHERE company_key NOT IN (SELECT company_key FROM company_master) GROUP BY company_key;
CREATE VIEW company_psu AS
  SELECT c.company_key, coalesce(y.psu, CASE c.sub_category WHEN 'Union Govt company' THEN true WHEN 'State Govt company' THEN true
      WHEN 'Non-govt company' THEN false WHEN 'Subsidiary of Foreign Company' THEN false END) AS psu,
    CASE WHEN y.psu IS NOT NULL THEN 's.135 company-year table (public)'
      WHEN c.sub_category IN ('Union Govt company', 'State Govt company', 'Non-govt company', 'Subsidiary of Foreign Company') THEN 'company master sub-category' END AS basis
  FROM companies c LEFT JOIN (SELECT company_key, bool_or(psu) AS psu FROM company_year_share GROUP BY ALL) y USING (company_key);
CREATE VIEW csr_spend AS
  WITH j AS (
    SELECT r.*, n.company_key, n.cin, n.method, n.score, st.canonical AS state_canonical,
      a.broad AS a_broad, a.specific AS a_specific, a.specific_broad AS a_group,
      b.broad AS b_broad, b.specific AS b_specific, b.specific_broad AS b_group,
      coalesce(a.class = 'specific' AND b.class = 'broad', false) AS sw,
      CASE r.psu_published WHEN 'PSU' THEN true WHEN 'Non-PSU' THEN false END AS psu_row
    FROM spend_rows r
      LEFT JOIN name_matches n ON n.company_name = r.company_name AND coalesce(n.cin_in_source, '') = coalesce(r.cin_in_source, '')
      LEFT JOIN state_labels st ON st.value = r.state_source
      LEFT JOIN sector_labels a ON a.value = r.sector_a
      LEFT JOIN sector_labels b ON b.value = r.sector_b
    WHERE r.reject_reason IS NULL)
  SELECT j.fiscal_year, j.company_name, j.company_key, j.cin, j.method AS match_method, j.score AS match_score,
    coalesce(psu_row, p.psu) AS psu, CASE WHEN psu_row IS NOT NULL THEN 'as published' ELSE p.basis END AS psu_basis,
    state_canonical AS state, state_source,
    CASE WHEN lower(replace(district_source, ' ', '')) = 'nec/notmentioned' THEN 'NEC/Not mentioned' ELSE district_source END AS district,
    CASE WHEN sw THEN coalesce(b_broad, a_group) ELSE coalesce(a_broad, b_group) END AS sector_broad,
    CASE WHEN sw THEN a_specific ELSE b_specific END AS sector_specific,
    CASE WHEN sw THEN sector_b ELSE sector_a END AS sector_broad_source,
    CASE WHEN sw THEN sector_a ELSE sector_b END AS sector_specific_source,
    sw AS sectors_swapped,
    CASE WHEN sw THEN a_group = b_broad ELSE b_group = a_broad END AS sector_pair_consistent,
    project_name, implementation_mode,
    CAST(round(outlay_source * amount_factor, 2) AS DECIMAL(18,2)) AS outlay_inr,
    CAST(round(amount_source * amount_factor, 2) AS DECIMAL(18,2)) AS amount_inr,
    amount_source, amount_unit, amount_factor, source_id, source_file, source_row
  FROM j LEFT JOIN company_psu p ON p.company_key = j.company_key;
CREATE VIEW rejected_rows AS
  SELECT source_id, source_file, source_row, split_part(reject_reason, '|', 1) AS "column", split_part(reject_reason, '|', 2) AS value,
    split_part(reject_reason, '|', 3) AS reason FROM spend_rows WHERE reject_reason IS NOT NULL
  UNION ALL SELECT * FROM loader_rejected;
CREATE VIEW company_matches AS
  SELECT r.source_id, n.company_name, n.cin_in_source, n.name_key, n.company_key, n.cin, n.method, n.score, n.candidates, count(*)::INTEGER AS rows
  FROM spend_rows r JOIN name_matches n ON n.company_name = r.company_name AND coalesce(n.cin_in_source, '') = coalesce(r.cin_in_source, '')
  WHERE r.reject_reason IS NULL GROUP BY ALL
  UNION ALL SELECT * FROM company_source_matches;
CREATE VIEW unresolved_companies AS
  SELECT source_id, company_name, method, score, candidates, rows FROM company_matches WHERE method IN ('ambiguous', 'unresolved', 'no_identifier');
CREATE VIEW mapping_usage AS
  SELECT 'state' AS mapping, source_id, state_source AS source_value, state AS canonical,
    state_source IN (SELECT source_value FROM map_state) AS listed, count(*)::INTEGER AS rows
  FROM csr_spend WHERE state IS NOT NULL GROUP BY ALL
  UNION ALL SELECT 'sector_broad', source_id, sector_broad_source, sector_broad, sector_broad_source IN (SELECT source_value FROM map_sector_broad), count(*)::INTEGER
  FROM csr_spend WHERE sector_broad_source IS NOT NULL AND sector_broad IS NOT NULL GROUP BY ALL
  UNION ALL SELECT 'sector_specific', source_id, sector_specific_source, sector_specific, sector_specific_source IN (SELECT source_value FROM map_sector_specific), count(*)::INTEGER
  FROM csr_spend WHERE sector_specific IS NOT NULL GROUP BY ALL
  UNION ALL SELECT 'state', 'company-master', source_value, canonical, listed, rows FROM master_state_usage WHERE canonical IS NOT NULL;
CREATE VIEW unmapped_values AS
  SELECT 'state' AS mapping, source_id, state_source AS source_value, count(*)::INTEGER AS rows
  FROM csr_spend WHERE state IS NULL AND trim(coalesce(state_source, '')) <> '' GROUP BY ALL
  UNION ALL SELECT 'sector_broad', source_id, sector_broad_source, count(*)::INTEGER FROM csr_spend
  WHERE sector_broad_source IS NOT NULL AND trim(sector_broad_source) <> '' AND sector_broad_source NOT IN (SELECT value FROM sector_labels WHERE broad IS NOT NULL) GROUP BY ALL
  UNION ALL SELECT 'sector_specific', source_id, sector_specific_source, count(*)::INTEGER FROM csr_spend
  WHERE sector_specific IS NULL AND trim(coalesce(sector_specific_source, '')) <> '' GROUP BY ALL
  UNION ALL SELECT 'state', 'company-master', source_value, rows FROM master_state_usage WHERE canonical IS NULL;
CREATE VIEW reconciliation AS
  SELECT t.source_id, t.fiscal_year, t.sector_broad, t.rows AS source_rows, t.amount_inr AS source_amount_inr,
    coalesce(d.rows, 0) AS db_rows, d.amount_inr AS db_amount_inr
  FROM source_totals t LEFT JOIN (
    SELECT source_id, fiscal_year, sector_broad, count(*)::INTEGER AS rows, sum(amount_inr) AS amount_inr FROM csr_spend GROUP BY ALL
    UNION ALL SELECT source_id, fiscal_year, '(all)', count(*)::INTEGER, sum(amount_inr) FROM csr_spend GROUP BY ALL) d
  ON d.source_id = t.source_id AND d.fiscal_year = t.fiscal_year AND d.sector_broad IS NOT DISTINCT FROM t.sector_broad;
`;

/**
 * Creates an empty CSR database. The rows are stored once, as read (`spend_rows`), beside small
 * lookup tables filled once per distinct value (`name_matches`, `state_labels`,
 * `sector_labels`); the view `csr_spend` (see `CSR_SPEND_COLUMNS`) applies them in SQL, so the
 * mapping is never out of step with the rows. Views also give `companies`, `company_matches`,
 * `unresolved_companies`, `rejected_rows`, `mapping_usage`, `unmapped_values` and
 * `reconciliation`; tables hold the mapping tables, the company master (without contact data),
 * aliases, company-year tables, the sector-column checks, unit conversions and row accounting.
 */
export async function createSchema(connection: DuckDBConnection): Promise<void> {
  await connection.run(TABLES);
}
