import { join, resolve } from "node:path";
import { type DataDir, type DatasetDefinition, ExportFormat, type ExportResult, exportDataset, readManifests } from "@hnl/data";
import { checkRows } from "../check-rows.js";
import { CliError } from "../cli-error.js";
import { message } from "../messages.js";
import { replaceFolder } from "../replace-folder.js";

/**
 * `hnl data export <dataset> --format csv|json|parquet --out DIR [--include-sensitive] [--allow-rejected]`:
 * rows in, accepted, rejected and excluded per file; with rejected rows, exit 1 and nothing
 * written unless `--allow-rejected`, which exports the accepted rows and lists the others in
 * `rejected.csv`. The folder is written beside `--out` and renamed into place when complete.
 */
export async function dataExport(
  root: string,
  dataDir: DataDir,
  dataset: DatasetDefinition,
  options: { format: string | undefined; out: string | undefined; includeSensitive: boolean; allowRejected: boolean },
): Promise<number> {
  const parsed = ExportFormat.safeParse(options.format);
  if (!parsed.success) throw new CliError(message.badFormat(options.format), message.exportHint);
  if (options.out === undefined) throw new CliError(message.noOut, message.exportHint);
  const out = resolve(options.out);
  const manifest = readManifests(root).find((m) => m.id === dataset.id);
  let result: ExportResult | undefined;
  let accepted = 0;
  let rejected = 0;
  await replaceFolder(out, "datapackage.json", async (dir) => {
    const load = await dataset.load(dataDir, { mode: "lenient" });
    const { counts, rows } = checkRows([load], {
      allowRejected: options.allowRejected,
      print: (line) => console.log(line),
      stopped: "nothing was exported",
    });
    accepted = counts.reduce((n, c) => n + c.accepted, 0);
    rejected = rows.length;
    result = exportDataset(dataset, load, manifest, {
      format: parsed.data,
      out: dir,
      includeSensitive: options.includeSensitive,
      rejected: rows,
    });
  });
  if (result === undefined) return 1;
  console.log(message.exported(accepted, result.files.length, out));
  if (rejected > 0) console.log(message.rejectedWritten(rejected, join(out, "rejected.csv")));
  if (result.omitted.length > 0) console.log(message.omitted(result.omitted));
  return 0;
}
