import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { DataError } from "@hnl/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCompanyIndex } from "../src/company-index.js";
import type { SyncContext } from "../src/ingest-portal.js";
import { readMappings } from "../src/mapping-tables.js";
import { createSchema } from "../src/schema.js";
import { syncPortalCsv } from "../src/sync-portal-csv.js";

const dir = mkdtempSync(join(tmpdir(), "hnl-csr-portal-"));
const HEADER =
  '"Company Name","Financial Year",PSU/Non-PSU,"CSR State","CSR Development Sector","CSR Sub Development Sector","Project Amount Spent (In INR Cr.)"';
const ROWS = [
  '"ACC LIMITED","FY 2023-24",Non-PSU,Orissa,"Education, Differently Abled, Livelihood",Education,0.07',
  '"ACC LIMITED","FY 2024-25",Non-PSU,"PAN INDIA","Animal welfare","Environment, Animal Welfare, Conservation Of Resources",1.5',
  '"ACE LIMITED","FY 2024-25",PSU,"NEC/Not mentioned","NEC/Not mentioned","NEC/Not mentioned",',
  '"","FY 2024-25",PSU,Delhi,Education,"Education, Differently Abled, Livelihood",1',
  '"ACC LIMITED","2024",PSU,Delhi,Education,"Education, Differently Abled, Livelihood",1',
  '"ACC LIMITED","FY 2024-25",PSU,Delhi,Education,"Education, Differently Abled, Livelihood",n/a',
  '"ACC LIMITED","FY 2024-25",Non-PSU,Atlantis,"Health Care","Space exploration",3.5e-06',
];

let ctx: SyncContext;
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const query = async (sql: string) => (await ctx.connection.runAndReadAll(sql)).getRowObjectsJson();

beforeAll(async () => {
  const file = join(dir, "export.csv");
  writeFileSync(file, `${HEADER}\n${ROWS.join("\n")}\n`);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await createSchema(connection);
  ctx = {
    connection,
    mappings: await readMappings(),
    index: buildCompanyIndex([{ cin: "L26940MH1936PLC002515", name: "ACC Limited", origin: "test" }]),
  };
  await syncPortalCsv(ctx, { file, sourceId: "fixture", displayPath: "export.csv" });
});

describe("syncPortalCsv on a small portal export", () => {
  it("accounts for every row: accepted rows are in csr_spend, rejected rows say why", async () => {
    expect(await query("SELECT rows_in, accepted, rejected, rows_out FROM sources")).toEqual([
      { rows_in: 7, accepted: 4, rejected: 3, rows_out: 4 },
    ]);
    expect(await query('SELECT source_row, "column", value, reason FROM rejected_rows ORDER BY source_row')).toEqual([
      { source_row: 5, column: "Company Name", value: "", reason: "company name is blank" },
      { source_row: 6, column: "Financial Year", value: "2024", reason: "financial year is not written FY YYYY-YY" },
      { source_row: 7, column: "Project Amount Spent (In INR Cr.)", value: "n/a", reason: "amount is not a number" },
    ]);
  });

  it("un-swaps a row by its values, converts crore to rupees, keeps a blank amount blank", async () => {
    const rows =
      await query(`SELECT source_row, fiscal_year, company_key, match_method, psu, state, sector_broad, sector_specific, sectors_swapped,
      sector_pair_consistent, amount_inr::DOUBLE AS amount_inr FROM csr_spend ORDER BY source_row`);
    expect(rows).toEqual([
      {
        source_row: 2,
        fiscal_year: "2023-24",
        company_key: "L26940MH1936PLC002515",
        match_method: "exact_name",
        psu: false,
        state: "Odisha",
        sector_broad: "Education, Differently Abled, Livelihood",
        sector_specific: "Education",
        sectors_swapped: false,
        sector_pair_consistent: true,
        amount_inr: 700000,
      },
      {
        source_row: 3,
        fiscal_year: "2024-25",
        company_key: "L26940MH1936PLC002515",
        match_method: "exact_name",
        psu: false,
        state: "PAN India",
        sector_broad: "Environment, Animal Welfare, Conservation Of Resources",
        sector_specific: "Animal welfare",
        sectors_swapped: true,
        sector_pair_consistent: true,
        amount_inr: 15000000,
      },
      {
        source_row: 4,
        fiscal_year: "2024-25",
        company_key: "name:ACE LIMITED",
        match_method: "unresolved",
        psu: true,
        state: "NEC/Not mentioned",
        sector_broad: "NEC/Not mentioned",
        sector_specific: "NEC/Not mentioned",
        sectors_swapped: false,
        sector_pair_consistent: true,
        amount_inr: null,
      },
      {
        source_row: 8,
        fiscal_year: "2024-25",
        company_key: "L26940MH1936PLC002515",
        match_method: "exact_name",
        psu: false,
        state: null,
        sector_broad: null,
        sector_specific: null,
        sectors_swapped: false,
        sector_pair_consistent: null,
        amount_inr: 35,
      },
    ]);
  });

  it("reports the values no mapping knows, and the sector verdict", async () => {
    expect(await query("SELECT mapping, source_value, rows FROM unmapped_values ORDER BY ALL")).toEqual([
      { mapping: "sector_broad", source_value: "Health Care", rows: 1 },
      { mapping: "sector_specific", source_value: "Space exploration", rows: 1 },
      { mapping: "state", source_value: "Atlantis", rows: 1 },
    ]);
    expect(await query("SELECT rows, as_titled, swapped, neutral, undetermined, verdict FROM sector_column_checks")).toEqual([
      { rows: 4, as_titled: 1, swapped: 1, neutral: 1, undetermined: 1, verdict: "mixed" },
    ]);
  });

  it("refuses a file that is not in the portal's format, naming what it found", async () => {
    const file = join(dir, "other.csv");
    writeFileSync(file, "company,year\nA,2020\n");
    await expect(syncPortalCsv(ctx, { file, displayPath: "other.csv" })).rejects.toThrow(DataError);
    await expect(syncPortalCsv(ctx, { file, displayPath: "other.csv" })).rejects.toThrow(
      /other\.csv: the header is not the portal's 7-column export format\. Found: company \| year\./,
    );
  });
});

describe("syncPortalCsv on a file large enough to be read in parallel", () => {
  it("gives every row its own line number (here the amount encodes it)", async () => {
    const rows = 1_000_000;
    const file = join(dir, "large.csv");
    const lines = [HEADER];
    // Four threads, so the read is split even on a 2-core machine. (With insertion order not
    // preserved, this test finds most rows misnumbered: it can see the failure it guards against.)
    // Line n (the header is line 1) spends n millionths of a crore; every 50,000th row is rejected (blank name).
    for (let n = 2; n <= rows + 1; n++)
      lines.push(`"${n % 50_000 === 0 ? "" : `COMPANY ${n % 97}`}","FY 2023-24",PSU,Delhi,Education,Education,${n / 1_000_000}`);
    writeFileSync(file, `${lines.join("\n")}\n`);
    const instance = await DuckDBInstance.create(":memory:");
    const connection = await instance.connect();
    await connection.run("SET threads = 4");
    await createSchema(connection);
    const large: SyncContext = { connection, mappings: ctx.mappings, index: ctx.index };
    const accounting = await syncPortalCsv(large, { file, sourceId: "large" });
    expect([accounting.rowsIn, accounting.accepted, accounting.rejected]).toEqual([rows, rows - 20, 20]);
    const check =
      await connection.runAndReadAll(`SELECT count(*)::INTEGER AS rows, min(source_row)::INTEGER AS first, max(source_row)::INTEGER AS last,
      count(*) FILTER (WHERE round(amount_source * 1e6) <> source_row)::INTEGER AS misnumbered FROM spend_rows WHERE source_id = 'large'`);
    expect(check.getRowObjectsJson()).toEqual([{ rows, first: 2, last: rows + 1, misnumbered: 0 }]);
    const rejected = await connection.runAndReadAll("SELECT source_row FROM rejected_rows WHERE source_id = 'large' ORDER BY 1");
    expect(rejected.getRows().map((r) => Number(r[0]))).toEqual(Array.from({ length: 20 }, (_, i) => (i + 1) * 50_000));
    connection.closeSync();
    instance.closeSync();
  }, 60_000);
});
