import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { type DataDir, readManifests, requireDataFiles } from "@hnl/data";
import { parseEdition, planReport, stageSite } from "@hnl/report";
import { CliError } from "../cli-error.js";
import { runFramework } from "../framework.js";
import { shortPath } from "../loader-dependents.js";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";
import { prepareLoaders } from "../prepare-loaders.js";
import { watchLoaderImports } from "../watch-loader-imports.js";

/** Framework's "↳ http://127.0.0.1:3000/" line, once colours and terminal links are stripped. */
const LISTENING = /^\s*↳\s*(https?:\/\/\S+\/)\s*$/;

/**
 * `hnl dev [notebook] [--data-dir DIR] [--port N]`: live preview of one notebook alone, or of
 * the whole report. Checks first that the data directory holds the files of the datasets the
 * notebook reads (its `sources`), prints the notebook's own address once Framework listens,
 * shows references and figure numbers as the build writes them, and runs a data loader again
 * when a module it imports (or a workspace package it uses) changes.
 */
export async function dev(slug: string | undefined, o: { port?: string | undefined; dataDir: DataDir }): Promise<number> {
  const paths = kitPaths();
  if (o.port !== undefined && !/^\d+$/.test(o.port)) throw new CliError(message.badPort(o.port), message.badPortHint);
  if (o.port !== undefined && (Number(o.port) < 1 || Number(o.port) > 65535))
    throw new CliError(message.badPort(o.port), message.badPortHint);
  for (const pkg of ["data", "charts"]) {
    if (!existsSync(join(paths.root, "packages", pkg, "dist"))) throw new CliError(message.notBuilt(`@hnl/${pkg}`), message.notBuiltHint);
  }
  const manifests = readManifests(paths.root);
  const only = slug === undefined ? undefined : [slug];
  const plan = planReport(paths.root, manifests, parseEdition(process.env.HNL_EDITION), only);
  // Only the datasets the previewed chapters read: a new notebook previews with its own data alone.
  const sources = new Set(plan.notebooks.flatMap((nb) => nb.manifest.sources));
  requireDataFiles(o.dataDir, slug === undefined ? manifests : manifests.filter((m) => sources.has(m.id)));
  const out = slug === undefined ? paths.siteSrc : paths.previewDir(slug);
  console.error(message.staging(plan.notebooks.length, relative(paths.root, out)));
  stageSite({ reportDir: paths.reportDir, notebooks: plan.notebooks, out, keepCache: true, generated: plan.generated, fill: plan.fill });
  // Outputs an earlier build or preview made from the same content open at once.
  await prepareLoaders(paths, out, o.dataDir.path, { reuseOnly: true });
  const watcher = watchLoaderImports({
    srcDirs: plan.notebooks.map((nb) => nb.srcDir),
    packagesDir: join(paths.root, "packages"),
    onRerun: (changed, loaders) =>
      console.error(
        message.loadersRerun(
          changed.map((f) => shortPath(paths.root, f)),
          loaders.map((f) => shortPath(paths.root, f)),
        ),
      ),
  });
  // The Framework config (a child process) adds the preview's references and numbers.
  process.env.HNL_PREVIEW = "1";
  // Stopped from outside (a terminal closed, a test ending), the preview takes Framework with it.
  const stop = new AbortController();
  const abort = () => stop.abort();
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  for (const s of signals) process.once(s, abort);
  try {
    const code = await runFramework(
      ["preview", "--no-open", ...(o.port === undefined ? [] : ["--port", o.port])],
      { siteRoot: relative(paths.reportDir, out), notebooks: only ?? [] },
      {
        signal: stop.signal,
        onStdout: (line) => {
          console.log(line);
          const url = LISTENING.exec(plain(line))?.[1];
          if (url !== undefined) console.log(message.previewAt(slug ?? "the report", slug === undefined ? url : `${url}${slug}/`));
        },
      },
    );
    return stop.signal.aborted ? 0 : (code ?? 1);
  } finally {
    for (const s of signals) process.off(s, abort);
    watcher.close();
  }
}

/** A terminal line without colours and terminal hyperlinks. */
function plain(line: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: escape sequences are what is removed
  return line.replace(/\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g, "").replace(/\u001b\[[0-9;]*m/g, "");
}
