import { type DataDir, type DatasetDefinition, dataDictionary } from "@hnl/data";
import { checkRows } from "../check-rows.js";

/**
 * `hnl data describe <dataset> [--json] [--allow-rejected]`: the data dictionary, with each field's
 * null rate on the data, after the rows read per file (on stderr with --json); rejected rows stop
 * it (exit 1) unless `--allow-rejected`.
 */
export async function dataDescribe(dataDir: DataDir, dataset: DatasetDefinition, json: boolean, allowRejected = false): Promise<number> {
  const load = await dataset.load(dataDir, { mode: "lenient" });
  checkRows([load], { allowRejected, print: (line) => (json ? console.error(line) : console.log(line)), stopped: "nothing was described" });
  const entries = dataDictionary(dataset, load);
  if (json) {
    console.log(JSON.stringify(entries));
    return 0;
  }
  for (const table of dataset.tables) {
    const rows = entries.filter((e) => e.table === table.name);
    console.log(`\n${table.name} (${table.file}, ${load[table.name]?.records.length ?? 0} records)`);
    for (const e of rows) {
      const nulls = e.nullRate === null ? "   -" : `${Math.round(e.nullRate * 100)}%`.padStart(4);
      const flags = [e.required ? "required" : "", e.sensitive ? "sensitive" : ""].filter(Boolean).join(", ");
      console.log(`  ${e.field.padEnd(34)} ${e.type.padEnd(14)} ${nulls} empty  ${e.description}${flags ? ` [${flags}]` : ""}`);
    }
  }
  return 0;
}
