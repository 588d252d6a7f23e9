import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { readManifests, requireDataFiles, resolveDataDir } from "@hnl/data";
import { parseEdition, planReport, stageSite } from "@hnl/report";
import { CliError } from "../cli-error.js";
import { runFramework } from "../framework.js";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";

/**
 * `hnl dev [notebook]`: live preview of one notebook alone, or of the whole report. Edits to a
 * notebook's pages and data loaders show at once; the staged root links to the notebook's files.
 */
export async function dev(slug: string | undefined, port: string | undefined): Promise<number> {
  const paths = kitPaths();
  for (const pkg of ["data", "charts"]) {
    if (!existsSync(join(paths.root, "packages", pkg, "dist"))) throw new CliError(message.notBuilt(`@hnl/${pkg}`), message.notBuiltHint);
  }
  const manifests = readManifests(paths.root);
  requireDataFiles(resolveDataDir(), manifests);
  const only = slug === undefined ? undefined : [slug];
  const plan = planReport(paths.root, manifests, parseEdition(process.env.HNL_EDITION), only);
  const out = slug === undefined ? paths.siteSrc : paths.previewDir(slug);
  console.error(message.staging(plan.notebooks.length, relative(paths.root, out)));
  stageSite({ reportDir: paths.reportDir, notebooks: plan.notebooks, out, keepCache: true, generated: plan.generated, fill: plan.fill });
  const code = await runFramework(["preview", ...(port === undefined ? [] : ["--port", port])], {
    siteRoot: relative(paths.reportDir, out),
    notebooks: only ?? [],
  });
  return code ?? 1;
}
