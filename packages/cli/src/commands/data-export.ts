import { resolve } from "node:path";
import { type DataDir, type DatasetDefinition, ExportFormat, type ExportResult, exportDataset, readManifests } from "@hnl/data";
import { CliError } from "../cli-error.js";
import { message } from "../messages.js";
import { replaceFolder } from "../replace-folder.js";

/** `hnl data export <dataset> --format csv|json|parquet --out DIR [--include-sensitive]`. */
export async function dataExport(
  root: string,
  dataDir: DataDir,
  dataset: DatasetDefinition,
  format: string | undefined,
  out: string | undefined,
  includeSensitive: boolean,
): Promise<number> {
  const parsed = ExportFormat.safeParse(format);
  if (!parsed.success) throw new CliError(message.badFormat(format), message.exportHint);
  if (out === undefined) throw new CliError(message.noOut, message.exportHint);
  const manifest = readManifests(root).find((m) => m.id === dataset.id);
  let result: ExportResult | undefined;
  let rows = 0;
  await replaceFolder(out, "datapackage.json", async (dir) => {
    const load = await dataset.load(dataDir, { mode: "lenient" });
    rows = Object.values(load).reduce((n, r) => n + r.records.length, 0);
    result = exportDataset(dataset, load, manifest, { format: parsed.data, out: dir, includeSensitive });
  });
  if (result === undefined) return 1;
  console.log(message.exported(rows, result.files.length, resolve(out)));
  if (result.omitted.length > 0) console.log(message.omitted(result.omitted));
  return 0;
}
