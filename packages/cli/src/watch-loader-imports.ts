import { existsSync, type FSWatcher, watch } from "node:fs";
import { join } from "node:path";
import { isLoader, loaderDependents, touchLoaders, workspacePackages } from "./loader-dependents.js";

export interface WatchLoaderImportsOptions {
  /** Notebook source folders (`notebooks/<slug>/src`) whose loaders to keep fresh. */
  srcDirs: readonly string[];
  /** The workspace packages' folder (`packages/`): a rebuilt `dist/` reaches the loaders using it. */
  packagesDir: string;
  /** Told of each batch of changes that re-ran loaders. */
  onRerun: (changed: readonly string[], loaders: readonly string[]) => void;
  /** Changes within this many milliseconds are one batch (an editor's save, a package build). */
  debounceMs?: number;
}

/**
 * Keeps a live preview's data loaders in step with the modules they import: Framework watches
 * a loader's own file only, so when a module of the notebook (not a loader) or a workspace
 * package's build output changes, the loaders importing it are touched, and Framework runs them
 * again and reloads the page. Returns a handle whose `close` stops watching.
 *
 * @example
 * const w = watchLoaderImports({ srcDirs: [src], packagesDir, onRerun: (c, l) => console.error(c, l) });
 * // later: w.close();
 */
export function watchLoaderImports(o: WatchLoaderImportsOptions): { close: () => void } {
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  const flush = () => {
    timer = undefined;
    const files = [...changed];
    changed.clear();
    const packages = workspacePackages(o.packagesDir);
    const loaders = [...new Set(files.flatMap((f) => loaderDependents(o.srcDirs, f, packages)))].sort();
    if (loaders.length === 0) return;
    touchLoaders(loaders);
    o.onRerun(files, loaders);
  };
  const note = (path: string) => {
    changed.add(path);
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(flush, o.debounceMs ?? 300);
  };
  const watchers: FSWatcher[] = [];
  for (const dir of o.srcDirs) {
    if (!existsSync(dir)) continue;
    watchers.push(
      watch(dir, { recursive: true }, (_event, name) => {
        // A loader's own change is Framework's to see (and our touches must not come back here).
        if (
          name !== null &&
          /\.(?:ts|js|mjs|cjs|mts|cts|tsx|jsx)$/.test(name) &&
          !isLoader(name) &&
          !name.split("/").includes("node_modules")
        )
          note(join(dir, name));
      }),
    );
  }
  for (const pkg of workspacePackages(o.packagesDir)) {
    const dist = join(pkg.dir, "dist");
    if (!existsSync(dist)) continue;
    watchers.push(
      watch(dist, { recursive: true }, (_event, name) => name !== null && /\.(?:js|mjs|cjs|json)$/.test(name) && note(join(dist, name))),
    );
  }
  return {
    close: () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const w of watchers) w.close();
    },
  };
}
