// The database as readers download it: the synchronised CSR database written as Parquet (csr_spend
// partitioned by fiscal year, a Frictionless datapackage.json, a script that loads it all into a
// DuckDB file), the same tables as one DuckDB file, and csr_spend as one CSV. Built in a temp folder from the data directory at every
// build; the same data give byte-identical files (rows ordered, fixed dates in the zip).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportDuckdb, openCsrDatabase, syncCsr } from "@hnl/csr";
import { resolveDataDir } from "@hnl/data";
import { zipSite } from "@hnl/report";

/** The folder name inside the zip, and the DuckDB file the load script writes. */
export const DOWNLOAD_FOLDER = "csr-india-synchronised";

/**
 * DuckDB SQL that turns the unpacked folder into a DuckDB database with every table: run
 * `duckdb csr-india.duckdb < load-duckdb.sql` inside the folder. Tables, not views, so the file
 * stands alone once written.
 */
export function loadScript(tables: readonly string[]): string {
  const lines = [
    "-- Builds a DuckDB database from the Parquet files of this folder. Inside the folder run:",
    "--   duckdb csr-india.duckdb < load-duckdb.sql",
    "CREATE OR REPLACE TABLE csr_spend AS SELECT * FROM read_parquet('csr_spend/*/*.parquet', hive_partitioning = true);",
    ...tables.map((t) => `CREATE OR REPLACE TABLE ${t} AS SELECT * FROM read_parquet('${t}.parquet');`),
    "",
  ];
  return lines.join("\n");
}

/** Runs `produce` with a fresh synchronised database and its Parquet export in a temp folder, then removes both. */
async function withExport<T>(produce: (paths: { db: string; parquet: string; dir: string }) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "hnl-nb05-dl-"));
  const db = join(dir, "csr.duckdb");
  const parquet = join(dir, DOWNLOAD_FOLDER);
  try {
    await syncCsr({ dataDir: resolveDataDir(), out: db, parquet, allowRejected: false });
    return await produce({ db, parquet, dir });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The zip readers download: Parquet files, datapackage.json and load-duckdb.sql under one folder. */
export function parquetZip(): Promise<Buffer> {
  return withExport(async ({ parquet, dir }) => {
    const tables = readFileSync(join(parquet, "datapackage.json"), "utf8");
    const names = (JSON.parse(tables) as { resources: { name: string }[] }).resources.map((r) => r.name).filter((n) => n !== "csr_spend");
    writeFileSync(join(parquet, "load-duckdb.sql"), loadScript(names));
    const out = join(dir, "out.zip");
    zipSite(parquet, out, DOWNLOAD_FOLDER);
    return readFileSync(out);
  });
}

/** The DuckDB file readers download: every table of the Parquet export, built from its files (`exportDuckdb`). */
export function duckdbFile(): Promise<Buffer> {
  return withExport(async ({ parquet, dir }) => {
    const out = join(dir, "csr-india.duckdb");
    await exportDuckdb(parquet, out);
    return readFileSync(out);
  });
}

/** csr_spend as one CSV (header, then every row in source order), as DuckDB writes it. */
export function spendCsv(): Promise<Buffer> {
  return withExport(async ({ db, dir }) => {
    const out = join(dir, "csr_spend.csv");
    const database = await openCsrDatabase(db);
    try {
      await database.connection.run(`COPY (SELECT * FROM csr_spend ORDER BY source_id, source_row) TO '${out}' (HEADER, DELIMITER ',')`);
    } finally {
      database.close();
    }
    return readFileSync(out);
  });
}
