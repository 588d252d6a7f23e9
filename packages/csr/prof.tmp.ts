import { copyFileSync, createWriteStream } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import { loadCsrProjectSpend2023to24, resolveDataDir } from "@hnl/data";
import { openCsrDatabase } from "./src/open-csr-database.ts";
import { syncCsr } from "./src/sync-csr.ts";
import { syncPortalCsv } from "./src/sync-portal-csv.ts";

const file = "/tmp/bench-portal.csv";
const { existsSync } = await import("node:fs");
if (!existsSync(file)) {
  const sample = (await loadCsrProjectSpend2023to24(resolveDataDir({ flag: "/work/shared/datasets" }))).records;
  const q = (v: unknown) => (v == null ? "" : /[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
  const s =
    '"Company Name","Financial Year",PSU/Non-PSU,"CSR State","CSR Development Sector","CSR Sub Development Sector","Project Amount Spent (In INR Cr.)"\n';
  const parts: string[] = [s];
  for (let i = 0; i < 1_000_000; i++) {
    const r = sample[i % sample.length]!;
    const sw = i % 20 === 7;
    parts.push(
      [
        r.companyName,
        "FY 2023-24",
        r.psu,
        r.state,
        sw ? r.subDevelopmentSector : r.developmentSector,
        sw ? r.developmentSector : r.subDevelopmentSector,
        i % 50 === 3 ? null : r.amountSpent,
      ]
        .map(q)
        .join(",") + "\n",
    );
  }
  const { writeFileSync } = await import("node:fs");
  writeFileSync(file, parts.join(""));
}
if (!existsSync("/tmp/base.duckdb")) await syncCsr({ dataDir: resolveDataDir({ flag: "/work/shared/datasets" }), out: "/tmp/base.duckdb" });
for (let k = 0; k < 2; k++) {
  let t = performance.now();
  const inst = await DuckDBInstance.create("/tmp/plain.duckdb");
  const c = await inst.connect();
  await c.run(`CREATE OR REPLACE TABLE plain AS SELECT * FROM read_csv('${file}', header=true)`);
  c.closeSync();
  inst.closeSync();
  console.log("plain", (performance.now() - t).toFixed(0));
  copyFileSync("/tmp/base.duckdb", "/tmp/run.duckdb");
  const db = await openCsrDatabase("/tmp/run.duckdb");
  const orig = db.connection.run.bind(db.connection);
  (db.connection as any).run = async (sql: string) => {
    const s = performance.now();
    const r = await orig(sql);
    console.log((performance.now() - s).toFixed(0).padStart(6), sql.replace(/\s+/g, " ").slice(0, 90));
    return r;
  };
  const origR = db.connection.runAndReadAll.bind(db.connection);
  (db.connection as any).runAndReadAll = async (sql: string) => {
    const s = performance.now();
    const r = await origR(sql);
    console.log((performance.now() - s).toFixed(0).padStart(6), "R", sql.replace(/\s+/g, " ").slice(0, 90));
    return r;
  };
  t = performance.now();
  await syncPortalCsv(db, { file, sourceId: "bench" });
  await db.connection.run("CHECKPOINT");
  db.close();
  console.log("typed", (performance.now() - t).toFixed(0));
}
