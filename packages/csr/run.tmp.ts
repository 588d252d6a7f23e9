import { DuckDBInstance } from "@duckdb/node-api";
import { resolveDataDir } from "@hnl/data";
import { syncCsr } from "./src/sync-csr.ts";

const t = performance.now();
const r = await syncCsr({
  dataDir: resolveDataDir({ flag: "/work/shared/datasets" }),
  out: "/tmp/csr-test.duckdb",
  onProgress: (d, n, w) => console.error(`${d}/${n} ${w} ${(performance.now() - t).toFixed(0)}ms`),
});
console.log(JSON.stringify(r, null, 1));
const i = await DuckDBInstance.create("/tmp/csr-test.duckdb");
const c = await i.connect();
for (const q of [
  "select * from sources",
  "select * from sector_column_checks",
  "select * from unmapped_values",
  "select source_id, method, count(*) names, sum(rows) rows from company_matches group by all order by 1,2",
  "select * from reconciliation where sector_broad is null",
  "select count(*) from reconciliation where source_amount_inr <> db_amount_inr or source_rows <> db_rows",
  "select * from csr_spend where source_id='portal-2024-25' limit 2",
  "select psu_basis, psu, count(*) from csr_spend group by all",
  "select mapping, source_id, listed, count(*) values, sum(rows) from mapping_usage group by all order by 1,2",
]) {
  console.log(q);
  console.table((await c.runAndReadAll(q)).getRowObjectsJson());
}
