// Benchmark: sync a 1,000,000-row file in the current National CSR Portal export format (the 7
// columns of the FY 2023-24 and FY 2024-25 exports) into the CSR database, against DuckDB's
// read_csv of the same file into a table alone. The file is generated into a temp dir from the
// real FY 2023-24 sample (its companies, states and sectors cycle), with some blank amounts and
// some rows whose sector columns are swapped, as in the FY 2024-25 export. The base database
// (company master, mappings) is built once before timing; each timed run syncs the file into a
// fresh copy of it.
import { copyFileSync, createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadCsrProjectSpend2023to24, resolveDataDir } from "@hnl/data";
import { median } from "./median.mjs";

// DuckDB itself is a dependency of @hnl/csr, not of the bench: load both from that package.
const csrPackage = new URL("../packages/csr/package.json", import.meta.url);
const { openCsrDatabase, PORTAL_COLUMNS, syncCsr, syncPortalCsv } = await import(new URL("./dist/index.js", csrPackage).href);
const { DuckDBInstance } = await import(pathToFileURL(createRequire(csrPackage).resolve("@duckdb/node-api")).href);

const ROWS = 1_000_000;

export async function benchCsrSync({ runs = 3, rows = ROWS } = {}) {
  const dataDir = resolveDataDir();
  const dir = mkdtempSync(join(tmpdir(), "hnl-bench-csr-"));
  try {
    const file = join(dir, "portal-export.csv");
    await generatePortalCsv(file, rows, (await loadCsrProjectSpend2023to24(dataDir)).records);
    const base = join(dir, "base.duckdb");
    await syncCsr({ dataDir, out: base });

    const plain = async () => {
      const instance = await DuckDBInstance.create(join(dir, "plain.duckdb"));
      const connection = await instance.connect();
      await connection.run(`CREATE OR REPLACE TABLE plain AS SELECT * FROM read_csv('${file}', header = true)`);
      connection.closeSync();
      instance.closeSync();
      rmSync(join(dir, "plain.duckdb"), { force: true });
    };
    const typed = async (path) => {
      const db = await openCsrDatabase(path);
      const r = await syncPortalCsv(db, { file, sourceId: "bench" });
      await db.connection.run("CHECKPOINT");
      db.close();
      return r;
    };
    const copy = (i) => {
      const path = join(dir, `run-${i}.duckdb`);
      copyFileSync(base, path);
      return path;
    };
    // Warm up both, then interleave the runs so machine noise hits both alike.
    await plain();
    const warm = copy("warm");
    const accounting = await typed(warm);
    // csr_spend is a view: its joins run when it is read. Not in the ratio, but reported: one
    // aggregate over all 1M mapped rows (year x sector x state).
    const db = await openCsrDatabase(warm);
    const q = performance.now();
    await db.connection.run(
      "SELECT fiscal_year, sector_broad, state, sum(amount_inr) FROM csr_spend WHERE source_id = 'bench' GROUP BY ALL",
    );
    const viewQueryMs = performance.now() - q;
    db.close();
    const t = { plain: [], typed: [] };
    for (let i = 0; i < runs; i++) {
      const path = copy(i);
      let s = performance.now();
      await plain();
      t.plain.push(performance.now() - s);
      s = performance.now();
      await typed(path);
      t.typed.push(performance.now() - s);
      rmSync(path, { force: true });
    }
    return {
      name: "CSR sync of a 1M-row portal export vs DuckDB read_csv",
      rows,
      runs,
      accepted: accounting.accepted,
      swappedRows: accounting.sectorCheck.swapped,
      unit: "ms",
      baseline: median(t.plain),
      ours: median(t.typed),
      ratio: median(t.typed) / median(t.plain),
      goal: 2,
      viewQueryMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Writes `rows` rows in the portal format, cycling through the real sample's records: every 50th
 * amount blank, every 20th row's sector columns swapped, years cycling FY 2019-20 to FY 2024-25.
 */
export async function generatePortalCsv(file, rows, sample) {
  const quote = (v) => (v === null || v === undefined ? "" : /[",\n]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v));
  const years = ["FY 2019-20", "FY 2020-21", "FY 2021-22", "FY 2022-23", "FY 2023-24", "FY 2024-25"];
  const out = createWriteStream(file);
  const write = (text) => (out.write(text) ? Promise.resolve() : new Promise((resolve) => out.once("drain", resolve)));
  await write(`${PORTAL_COLUMNS.map((c) => `"${c}"`).join(",")}\n`);
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    const r = sample[i % sample.length];
    const swap = i % 20 === 7;
    const amount = i % 50 === 3 ? null : r.amountSpent;
    chunk += `${[
      r.companyName,
      years[i % years.length],
      r.psu,
      r.state,
      swap ? r.subDevelopmentSector : r.developmentSector,
      swap ? r.developmentSector : r.subDevelopmentSector,
      amount,
    ]
      .map(quote)
      .join(",")}\n`;
    if (chunk.length > 1 << 20) {
      await write(chunk);
      chunk = "";
    }
  }
  await write(chunk);
  await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
}
