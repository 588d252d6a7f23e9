import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { sqlString } from "./append-rows.js";

/**
 * The rows of each resource of a Parquet export, counted in its Parquet files (not taken from
 * `datapackage.json`), by resource name in alphabetical order; `csr_spend` sums its partitions.
 *
 * @example
 * await parquetRowCounts("csr-india-synchronised"); // { companies: 15708, csr_spend: 12963, ... }
 */
export async function parquetRowCounts(dir: string): Promise<Record<string, number>> {
  const descriptor = JSON.parse(readFileSync(join(dir, "datapackage.json"), "utf8")) as {
    resources: { name: string; path: string | string[] }[];
  };
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const counts: Record<string, number> = {};
    for (const r of [...descriptor.resources].sort((a, b) => a.name.localeCompare(b.name))) {
      const files = (Array.isArray(r.path) ? r.path : [r.path]).map((p) => sqlString(join(dir, p)));
      counts[r.name] = (
        await connection.runAndReadAll(`SELECT count(*)::INTEGER FROM read_parquet([${files.join(", ")}])`)
      ).getRows()[0]?.[0] as number;
    }
    return counts;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
