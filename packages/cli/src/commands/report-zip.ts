import { existsSync, mkdirSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { zipSite } from "@hnl/report";
import { CliError } from "../cli-error.js";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";

/**
 * `hnl report zip [--out FILE]`: the built report site as one archive (default
 * reports/report-site.zip), one folder inside, that works unpacked behind any static server.
 */
export async function reportZip(out: string | undefined): Promise<number> {
  const paths = kitPaths();
  if (!existsSync(paths.siteDist)) throw new CliError(message.notBuilt("The report site"), message.notBuiltHint);
  const target = resolve(out ?? `${paths.reportDir}/report-site.zip`);
  mkdirSync(dirname(target), { recursive: true });
  const zip = zipSite(paths.siteDist, target, "indigo-report");
  console.log(message.zipWritten(relative(process.cwd(), zip.file) || zip.file, zip.files, zip.bytes));
  console.log(message.zipHint);
  return 0;
}
