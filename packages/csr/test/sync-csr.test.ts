import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type DuckDBConnection, DuckDBInstance } from "@duckdb/node-api";
import { loadCsrProjectSpend2014to17, loadCsrProjectSpend2023to24, loadCsrProjectSpend2024to25, resolveDataDir } from "@hnl/data";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportParquet } from "../src/export-parquet.js";
import { CSR_SPEND_COLUMNS } from "../src/schema.js";
import { type SyncCsrResult, syncCsr } from "../src/sync-csr.js";

const dir = mkdtempSync(join(tmpdir(), "hnl-csr-sync-"));
const out = join(dir, "csr.duckdb");
let result: SyncCsrResult;
let instance: DuckDBInstance;
let connection: DuckDBConnection;
const progress: string[] = [];
const query = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjectsJson();

beforeAll(async () => {
  result = await syncCsr({ dataDir: resolveDataDir(), out, onProgress: (d, t, what) => progress.push(`${d}/${t} ${what}`) });
  instance = await DuckDBInstance.create(out);
  connection = await instance.connect();
}, 300_000);

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
  rmSync(dir, { recursive: true, force: true });
});

describe("syncCsr on the real CSR data", () => {
  it("writes exactly the accepted source rows to csr_spend, source by source", async () => {
    const dataDir = resolveDataDir();
    const accepted = [
      (await loadCsrProjectSpend2014to17(dataDir)).accounting.accepted,
      (await loadCsrProjectSpend2023to24(dataDir)).accounting.accepted,
      (await loadCsrProjectSpend2024to25(dataDir)).accounting.accepted,
    ];
    expect(accepted).toEqual([4897, 8000, 66]);
    expect(result.csrSpendRows).toBe(accepted.reduce((a, b) => a + b, 0));
    expect(result.sources.map((s) => [s.sourceId, s.rowsIn, s.accepted, s.rejected, s.rowsOut])).toEqual([
      ["old-portal-2014-17", 4897, 4897, 0, 4897],
      ["portal-2023-24", 8000, 8000, 0, 8000],
      ["portal-2024-25", 66, 66, 0, 66],
    ]);
    expect(await query("SELECT source_id, count(*)::INTEGER AS n FROM csr_spend GROUP BY ALL ORDER BY 1")).toEqual([
      { source_id: "old-portal-2014-17", n: 4897 },
      { source_id: "portal-2023-24", n: 8000 },
      { source_id: "portal-2024-25", n: 66 },
    ]);
    expect(await query("SELECT count(*)::INTEGER AS n FROM (SELECT DISTINCT source_id, source_row FROM csr_spend)")).toEqual([
      { n: 12963 },
    ]);
    expect(progress.at(-1)).toBe("8/8 done");
  });

  it("accounts for the company master and every other company-level source, with nothing rejected in the real data", async () => {
    expect(result.companySources.map((s) => [s.sourceId, s.rowsIn, s.accepted, s.rejected, s.excluded, s.rowsOut])).toEqual([
      ["company-master", 15622, 15622, 0, 0, 15622],
      ["company-year-share", 1167, 1167, 0, 0, 1167],
      ["pre-mandate-spend", 100, 100, 0, 0, 300],
      ["top-100-list", 100, 100, 0, 0, 100],
    ]);
    expect(result.rejectedRows).toBe(0);
    expect(await query("SELECT count(*)::INTEGER AS n FROM company_master")).toEqual([{ n: 15622 }]);
    expect(await query("SELECT count(*)::INTEGER AS n FROM rejected_rows")).toEqual([{ n: 0 }]);
  });

  it("leaves no temporary file beside the database", () => {
    expect(readdirSync(dir)).toEqual(["csr.duckdb"]);
  });

  it("has csr_spend's documented columns, in order", async () => {
    const described = await query("DESCRIBE csr_spend");
    expect(described.map((d) => d.column_name)).toEqual(CSR_SPEND_COLUMNS.map((c) => c.name));
  });

  it("detects the FY 2024-25 swap by value and reads FY 2023-24 as titled", async () => {
    expect(
      await query("SELECT source_id, as_titled, swapped, neutral, undetermined, verdict FROM sector_column_checks ORDER BY 1"),
    ).toEqual([
      { source_id: "old-portal-2014-17", as_titled: 0, swapped: 0, neutral: 0, undetermined: 4897, verdict: "one column only" },
      { source_id: "portal-2023-24", as_titled: 7519, swapped: 0, neutral: 481, undetermined: 0, verdict: "as titled" },
      { source_id: "portal-2024-25", as_titled: 0, swapped: 63, neutral: 3, undetermined: 0, verdict: "swapped" },
    ]);
    expect(await query("SELECT count(*)::INTEGER AS n FROM csr_spend WHERE sector_pair_consistent = false")).toEqual([{ n: 0 }]);
  });

  it("maps every state and sector label of the real data; none is left unmapped", async () => {
    expect(await query("SELECT * FROM unmapped_values")).toEqual([]);
    expect(
      await query("SELECT count(DISTINCT sector_broad)::INTEGER AS b, count(DISTINCT sector_specific)::INTEGER AS s FROM csr_spend"),
    ).toEqual([{ b: 14, s: 29 }]);
    expect(await query("SELECT canonical, rows FROM mapping_usage WHERE source_id = 'company-master' AND source_value = 'Orissa'")).toEqual(
      [{ canonical: "Odisha", rows: 102 }],
    );
  });

  it("converts every amount to rupees and keeps the blank FY 2024-25 amount null, never 0", async () => {
    expect(
      await query(`SELECT amount_source, amount_unit, amount_factor::INTEGER AS f, amount_inr::DOUBLE AS inr FROM csr_spend
        WHERE source_id = 'portal-2023-24' AND source_row = 2`),
    ).toEqual([{ amount_source: 0.07, amount_unit: "INR crore", f: 10000000, inr: 700000 }]);
    expect(await query("SELECT company_name, amount_inr, state FROM csr_spend WHERE amount_inr IS NULL")).toEqual([
      { company_name: "SHANKARAMPET PROJECTS PRIVATE LIMITED", amount_inr: null, state: "NEC/Not mentioned" },
    ]);
    expect(
      await query(
        "SELECT amount_inr::DOUBLE AS inr FROM pre_mandate_spend WHERE company_name = 'RELIANCE INDUSTRIES LTD.' ORDER BY fiscal_year",
      ),
    ).toEqual([{ inr: 2510000000 }, { inr: 3510000000 }, { inr: 7120000000 }]);
  });

  it("reconciles every year and sector with each source's own totals", async () => {
    expect(
      await query(`SELECT count(*)::INTEGER AS n FROM reconciliation WHERE source_rows <> db_rows
        OR abs(coalesce(source_amount_inr, 0) - coalesce(db_amount_inr, 0)) > 0.01`),
    ).toEqual([{ n: 0 }]);
    expect(await query("SELECT count(*)::INTEGER AS n FROM reconciliation WHERE sector_broad = '(all)'")).toEqual([{ n: 5 }]);
  });

  it("resolves the old portal by CIN and reports name match rates per source", async () => {
    const rates = await query(`SELECT source_id, method, count(*)::INTEGER AS names FROM company_matches
      WHERE source_id IN ('old-portal-2014-17', 'portal-2024-25') GROUP BY ALL ORDER BY ALL`);
    expect(rates).toEqual([
      { source_id: "old-portal-2014-17", method: "cin", names: 94 },
      { source_id: "portal-2024-25", method: "exact_name", names: 1 },
      { source_id: "portal-2024-25", method: "normalised_name", names: 2 },
      { source_id: "portal-2024-25", method: "unresolved", names: 10 },
    ]);
    expect(
      await query("SELECT company_key, match_method FROM csr_spend WHERE company_name = 'INDIAN OIL CORPORATION LIMITED' LIMIT 1"),
    ).toEqual([{ company_key: "L23201MH1959GOI011388", match_method: "normalised_name" }]);
  });

  it("never stores the company master's e-mails or addresses", async () => {
    const columns = (await query("SELECT column_name FROM information_schema.columns")).map((c) => String(c.column_name));
    expect(columns.filter((c) => /mail|address/i.test(c))).toEqual([]);
    expect(await query("SELECT count(*)::INTEGER AS n FROM companies WHERE name LIKE '%@%'")).toEqual([{ n: 0 }]);
  });

  it("exports csr_spend as Parquet partitioned by fiscal year, readable back whole, with a datapackage.json", async () => {
    const parquet = join(dir, "parquet");
    const exported = await exportParquet(connection, parquet);
    expect(exported.rows).toBe(12963);
    expect(existsSync(join(parquet, "csr_spend", "fiscal_year=2014-15"))).toBe(true);
    const back =
      await query(`SELECT fiscal_year, count(*)::INTEGER AS n FROM read_parquet('${parquet}/csr_spend/**/*.parquet', hive_partitioning = true)
      GROUP BY ALL ORDER BY 1`);
    expect(back).toEqual([
      { fiscal_year: "2014-15", n: 1367 },
      { fiscal_year: "2015-16", n: 1689 },
      { fiscal_year: "2016-17", n: 1841 },
      { fiscal_year: "2023-24", n: 8000 },
      { fiscal_year: "2024-25", n: 66 },
    ]);
    const pkg = JSON.parse(readFileSync(join(parquet, "datapackage.json"), "utf8")) as {
      resources: { name: string; path: string | string[] }[];
    };
    expect(pkg.resources[0]?.name).toBe("csr_spend");
    expect(pkg.resources[0]?.path).toHaveLength(5);
    for (const r of pkg.resources) for (const p of [r.path].flat()) expect(existsSync(join(parquet, p))).toBe(true);
  });
});
