import { join, relative } from "node:path";
import { formatLoaderError, parseEdition, pruneLoaderStore, runLoaders } from "@hnl/report";
import { SingleBar } from "cli-progress";
import { CliError } from "./cli-error.js";
import { message } from "./messages.js";
import type { kitPaths } from "./paths.js";

/** The kit's caches (loader outputs and prerendered pages by content key): HNL_CACHE_DIR, else `.hnl-cache/` in the repository. */
export function cacheDir(paths: ReturnType<typeof kitPaths>): string {
  const given = process.env["HNL_CACHE_DIR"];
  return given !== undefined && given !== "" ? given : join(paths.root, ".hnl-cache");
}

/**
 * Fills the staged site's loader cache before Framework runs: outputs whose content key is in
 * the store are reused, the other loaders run with a progress bar. A loader that fails stops the
 * build with its file:line and its own message.
 */
export async function prepareLoaders(
  paths: ReturnType<typeof kitPaths>,
  srcRoot: string,
  dataDir: string,
  o: { reuseOnly?: boolean } = {},
): Promise<void> {
  const store = join(cacheDir(paths), "loaders");
  const bar = new SingleBar(
    { format: "data loaders [{bar}] {value}/{total} {what}", hideCursor: true, stream: process.stderr, noTTYOutput: false },
    undefined,
  );
  let started = false;
  const result = await runLoaders({
    root: paths.root,
    srcRoot,
    cwd: paths.reportDir,
    dataDir,
    store,
    tsx: join(paths.reportDir, "node_modules", ".bin", "tsx"),
    // The edition as the build reads it, so a preview and a build of the same content share keys.
    env: { HNL_EDITION: parseEdition(process.env["HNL_EDITION"]) },
    reuseOnly: o.reuseOnly === true,
    onProgress: (done, total, loader) => {
      if (total === 0) return;
      if (!started) {
        bar.start(total, 0, { what: "" });
        started = true;
      }
      bar.update(done, { what: loader ?? "" });
    },
  }).finally(() => {
    if (started) bar.stop();
  });
  pruneLoaderStore(store);
  console.error(
    o.reuseOnly === true
      ? message.loadersReused(result.keys.length, result.reused.length, relative(paths.root, store))
      : message.loadersDone(result.keys.length, result.reused.length, result.ran.length, relative(paths.root, store)),
  );
  if (result.failed.length > 0) {
    for (const f of result.failed.slice(0, 3)) console.error(formatLoaderError(f));
    if (result.failed.length > 3) console.error(message.moreLoadersFailed(result.failed.slice(3).map((f) => f.loader)));
    throw new CliError(message.loadersFailed(result.failed.length), message.loadersFailedHint);
  }
}
