import { rmSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";

const f = "/tmp/bench-portal.csv";
const cols = `{'company_name':'VARCHAR','financial_year':'VARCHAR','psu':'VARCHAR','state':'VARCHAR','sector_a':'VARCHAR','sector_b':'VARCHAR','amount':'VARCHAR'}`;
const qs: Record<string, string> = {
  plain: `CREATE TABLE t AS SELECT * FROM read_csv('${f}', header=true)`,
  varchar: `CREATE TABLE t AS SELECT * FROM read_csv('${f}', header=true, columns=${cols})`,
  rownum: `CREATE TABLE t AS SELECT row_number() over () AS r, * FROM read_csv('${f}', header=true, columns=${cols})`,
  fileidx: `CREATE TABLE t AS SELECT * FROM read_csv('${f}', header=true, columns=${cols}, filename=true)`,
};
for (let k = 0; k < 2; k++)
  for (const [name, q] of Object.entries(qs)) {
    rmSync("/tmp/m.duckdb", { force: true });
    const i = await DuckDBInstance.create("/tmp/m.duckdb");
    const c = await i.connect();
    const t = performance.now();
    await c.run(q);
    await c.run("CHECKPOINT");
    console.log(name, (performance.now() - t).toFixed(0));
    c.closeSync();
    i.closeSync();
  }
