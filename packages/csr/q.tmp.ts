import { DuckDBInstance } from "@duckdb/node-api";

const i = await DuckDBInstance.create("/tmp/csr-test.duckdb");
const c = await i.connect();
for (const q of process.argv.slice(2)) {
  console.log(q);
  console.table((await c.runAndReadAll(q)).getRowObjectsJson());
}
