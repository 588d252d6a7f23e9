import { DuckDBInstance } from "@duckdb/node-api";

/**
 * Opens a DuckDB database file read-only and counts the rows of each of its tables (views
 * aside), by table name in alphabetical order: a check that a published file opens and holds
 * what it should.
 *
 * @example
 * await tableRowCounts("csr-india.duckdb"); // { companies: 15708, csr_spend: 12963, ... }
 */
export async function tableRowCounts(path: string): Promise<Record<string, number>> {
  const instance = await DuckDBInstance.create(path, { access_mode: "READ_ONLY" });
  const connection = await instance.connect();
  try {
    const names = (
      await connection.runAndReadAll("SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' ORDER BY table_name")
    ).getRows() as [string][];
    const counts: Record<string, number> = {};
    for (const [name] of names)
      counts[name] = (await connection.runAndReadAll(`SELECT count(*)::INTEGER FROM "${name}"`)).getRows()[0]?.[0] as number;
    return counts;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
