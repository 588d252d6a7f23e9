import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { sqlString } from "./append-rows.js";

/** What `exportDuckdb` wrote: the file and each table's rows, in the data package's order. */
export interface DuckdbExport {
  out: string;
  tables: { name: string; rows: number }[];
}

/**
 * Writes a standalone DuckDB database file from a Parquet export (`exportParquet`): one table per
 * resource of its `datapackage.json`, `csr_spend` read from its fiscal-year partitions (Hive
 * layout, as `load-duckdb.sql` does), rows in the files' order. Tables, not views, so the file
 * needs nothing beside it. One thread, so two exports of the same Parquet lay out the file alike.
 *
 * @example
 * await exportDuckdb("export/csr-india-synchronised", "export/csr-india.duckdb");
 * // { out: "export/csr-india.duckdb", tables: [{ name: "csr_spend", rows: 12963 }, ...] }
 */
export async function exportDuckdb(parquetDir: string, out: string): Promise<DuckdbExport> {
  const descriptor = JSON.parse(readFileSync(join(parquetDir, "datapackage.json"), "utf8")) as { resources: { name: string }[] };
  rmSync(out, { force: true });
  rmSync(`${out}.wal`, { force: true });
  const instance = await DuckDBInstance.create(out, { threads: "1" });
  const connection = await instance.connect();
  try {
    const tables: DuckdbExport["tables"] = [];
    for (const { name } of descriptor.resources) {
      const from =
        name === "csr_spend"
          ? `read_parquet(${sqlString(join(parquetDir, "csr_spend", "*", "*.parquet"))}, hive_partitioning = true)`
          : `read_parquet(${sqlString(join(parquetDir, `${name}.parquet`))})`;
      await connection.run(`CREATE TABLE "${name}" AS SELECT * FROM ${from}`);
      const rows = (await connection.runAndReadAll(`SELECT count(*)::INTEGER FROM "${name}"`)).getRows()[0]?.[0] as number;
      tables.push({ name, rows });
    }
    await connection.run("CHECKPOINT");
    return { out, tables };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
