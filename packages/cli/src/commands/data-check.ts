import type { LoadResult } from "@hnl/data";
import { type DataDir, message as dataMessage, loadDeliveryLocations, loadProjects, locate } from "@hnl/data";
import { message } from "../messages.js";

/**
 * `hnl data check`: load every dataset the kit knows and print its row accounting, rejected rows
 * with their located reasons, and warnings. Exits 1 if any row was rejected in strict mode.
 */
export async function dataCheck(dataDir: DataDir, strict: boolean): Promise<number> {
  console.log(message.dataDir(dataDir.path, dataMessage.dataDirSource(dataDir.source)));
  const projects = await loadProjects(dataDir);
  const locations = await loadDeliveryLocations(dataDir, { projectIds: new Set(projects.records.map((p) => p.id)) });
  const results: LoadResult<unknown>[] = [projects, locations];
  console.log(message.accountingHeader);
  for (const r of results) {
    const a = r.accounting;
    console.log(
      `${(r.provenance.files[0]?.path ?? "").padEnd(60)} ${String(a.rowsIn).padStart(8)} ${String(a.accepted).padStart(9)} ${String(a.rejected).padStart(9)}`,
    );
  }
  for (const r of results) {
    for (const row of r.rejected.slice(0, 20))
      for (const issue of row.issues)
        console.log(`  ✖ ${locate(row, issue)}: ${issue.message} Received ${JSON.stringify(issue.value)}. Hint: ${issue.hint}`);
    for (const w of r.warnings) console.log(`  ! ${w.file}: ${w.message} Hint: ${w.hint}`);
  }
  const rejected = results.reduce((n, r) => n + r.accounting.rejected, 0);
  return strict && rejected > 0 ? 1 : 0;
}
