import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportDuckdb } from "../src/export-duckdb.js";
import { parquetRowCounts } from "../src/parquet-row-counts.js";
import { tableRowCounts } from "../src/table-row-counts.js";

let dir = "";
beforeAll(async () => {
  // A tiny Parquet export in exportParquet's layout: csr_spend in two fiscal-year partitions, one other table.
  dir = mkdtempSync(join(tmpdir(), "csr-export-duckdb-"));
  const parquet = join(dir, "export");
  mkdirSync(parquet);
  const instance = await DuckDBInstance.create(":memory:");
  const c = await instance.connect();
  await c.run(`COPY (SELECT * FROM (VALUES ('a', 1, '2014-15'), ('b', 2, '2014-15'), ('c', 3, '2023-24')) t(source_id, source_row, fiscal_year))
    TO '${join(parquet, "csr_spend")}' (FORMAT parquet, PARTITION_BY (fiscal_year))`);
  await c.run(
    `COPY (SELECT * FROM (VALUES ('L1', 'A LIMITED'), ('L2', 'B LIMITED')) t(cin, name)) TO '${join(parquet, "companies.parquet")}' (FORMAT parquet)`,
  );
  c.closeSync();
  instance.closeSync();
  writeFileSync(
    join(parquet, "datapackage.json"),
    JSON.stringify({
      resources: [
        { name: "csr_spend", path: ["csr_spend/fiscal_year=2014-15/data_0.parquet", "csr_spend/fiscal_year=2023-24/data_0.parquet"] },
        { name: "companies", path: "companies.parquet" },
      ],
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("exportDuckdb", () => {
  it("writes one table per resource, csr_spend with its fiscal year from the partition folders", async () => {
    const out = join(dir, "csr.duckdb");
    expect(await exportDuckdb(join(dir, "export"), out)).toEqual({
      out,
      tables: [
        { name: "csr_spend", rows: 3 },
        { name: "companies", rows: 2 },
      ],
    });
    expect(await tableRowCounts(out)).toEqual({ companies: 2, csr_spend: 3 });
    expect(await parquetRowCounts(join(dir, "export"))).toEqual({ companies: 2, csr_spend: 3 });
    const instance = await DuckDBInstance.create(out, { access_mode: "READ_ONLY" });
    const c = await instance.connect();
    expect((await c.runAndReadAll("SELECT fiscal_year, count(*)::INTEGER FROM csr_spend GROUP BY ALL ORDER BY 1")).getRows()).toEqual([
      ["2014-15", 2],
      ["2023-24", 1],
    ]);
    c.closeSync();
    instance.closeSync();
  });

  it("fails on a folder without datapackage.json, naming the file", async () => {
    await expect(exportDuckdb(join(dir, "nowhere"), join(dir, "x.duckdb"))).rejects.toThrow("datapackage.json");
  });
});
