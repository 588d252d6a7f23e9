import { relative } from "node:path";
import { readManifests, requireDataFiles, resolveDataDir } from "@hnl/data";
import { listSitePages, polishHtml, selectNotebooks, stageSite } from "@hnl/report";
import { CliError } from "../cli-error.js";
import { runFramework } from "../framework.js";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";

/** `hnl report build`: stage every notebook and build the report site into reports/dist. */
export async function reportBuild(): Promise<number> {
  const paths = kitPaths();
  // Fail in a second, with every missing file named, rather than deep inside a data loader.
  requireDataFiles(resolveDataDir(), readManifests(paths.root));
  const notebooks = selectNotebooks(paths.root);
  console.error(message.staging(notebooks.length, relative(paths.root, paths.siteSrc)));
  stageSite({ reportDir: paths.reportDir, notebooks, out: paths.siteSrc, keepCache: false });
  const code = await runFramework(["build"], { siteRoot: ".site-src" });
  if (code !== 0) throw new CliError(message.frameworkFailed(code), message.frameworkFailedHint);
  polishHtml(paths.siteDist);
  console.log(message.built(relative(paths.root, paths.siteDist), listSitePages(paths.siteDist).length));
  console.log(message.viewHint);
  return 0;
}
