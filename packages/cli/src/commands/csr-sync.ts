import { resolve } from "node:path";
import { exportParquet, openCsrDatabase, syncCsr } from "@hnl/csr";
import type { DataDir } from "@hnl/data";
import { SingleBar } from "cli-progress";
import { CliError } from "../cli-error.js";
import { message } from "../messages.js";

/**
 * `hnl csr sync --data-dir DIR --out FILE [--parquet DIR]`: synchronises the India CSR exports into
 * one DuckDB database with a progress bar, optionally exports it as Parquet partitioned by fiscal
 * year with a datapackage.json, and prints rows in, accepted and rejected per source, the sector
 * column verdicts, company match rates and unmapped labels.
 */
export async function csrSync(dataDir: DataDir, out: string | undefined, parquet?: string, portal?: string): Promise<number> {
  if (out === undefined) throw new CliError(message.csrNoOut, message.csrSyncHint);
  const file = resolve(out);
  const bar = new SingleBar(
    { format: `csr sync [{bar}] {percentage}% {what}`, hideCursor: true, stream: process.stderr, noTTYOutput: false },
    undefined,
  );
  bar.start(1, 0, { what: "" });
  const result = await syncCsr({
    dataDir,
    out: file,
    ...(portal === undefined ? {} : { portalFiles: [resolve(portal)] }),
    onProgress: (done, total, what) => {
      bar.setTotal(total);
      bar.update(done, { what });
    },
  });
  bar.stop();
  console.log(message.csrSynced(result.csrSpendRows, file));
  console.log(message.csrAccountingHeader);
  for (const s of result.sources)
    console.log(message.csrAccountingRow(s.sourceId, s.rowsIn, s.accepted, s.rejected, s.rowsOut, "csr_spend"));
  for (const s of result.companySources)
    console.log(message.csrAccountingRow(s.sourceId, s.rowsIn, s.accepted, s.rejected, s.rowsOut, s.table));
  for (const s of result.sources)
    console.log(message.csrSectorVerdict(s.sourceId, s.sectorCheck.verdict, s.sectorCheck.swapped, s.sectorCheck.rows));
  const db = await openCsrDatabase(file);
  try {
    const rates = (
      await db.connection.runAndReadAll(`SELECT source_id, sum(rows) FILTER (WHERE cin IS NOT NULL)::INTEGER AS matched, sum(rows)::INTEGER AS total,
        count(*) FILTER (WHERE cin IS NOT NULL)::INTEGER AS names_matched, count(*)::INTEGER AS names FROM company_matches GROUP BY ALL ORDER BY 1`)
    ).getRowObjectsJson();
    for (const r of rates)
      console.log(message.csrMatchRate(String(r.source_id), Number(r.matched), Number(r.total), Number(r.names_matched), Number(r.names)));
    const unmapped = (
      await db.connection.runAndReadAll("SELECT mapping, source_id, source_value, rows FROM unmapped_values ORDER BY rows DESC")
    ).getRowObjectsJson();
    console.log(message.csrUnmapped(unmapped.length));
    for (const u of unmapped.slice(0, 20)) console.log(`  ${u.mapping} ${u.source_id}: "${u.source_value}" (${u.rows} rows)`);
    if (parquet !== undefined) {
      const exported = await exportParquet(db.connection, resolve(parquet));
      console.log(message.csrParquet(exported.rows, exported.files.length, resolve(parquet)));
    }
  } finally {
    db.close();
  }
  return 0;
}
