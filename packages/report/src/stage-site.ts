import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import type { Notebook } from "./discover-notebooks.js";
import { homePage } from "./home-page.js";
import { type FillNpmCacheOptions, fillNpmCache } from "./npm-cache.js";

export interface StageSiteOptions {
  /** The report folder (`reports/`), holding `pages/` and `theme/`. */
  reportDir: string;
  notebooks: readonly Notebook[];
  /** The folder to stage into; Framework's source root. Replaced on every call. */
  out: string;
  /** Keep Framework's data-loader cache (preview); a build clears it so no stale output is published. */
  keepCache?: boolean;
  /** Pages the report generates (learning chapter, sources, references): path in the site → Markdown. */
  generated?: Readonly<Record<string, string>>;
  /** Report pages that are templates (file name in reports/pages → how to fill it); index.md gets the chapter list by default. */
  fill?: Readonly<Record<string, (template: string) => string>>;
  /** Where the offline npm bundles are kept and which libraries are served (see `fillNpmCache`). */
  npmCache?: Omit<FillNpmCacheOptions, "root">;
}

/**
 * Lays out one Framework source root from the report's own pages and every notebook: each
 * notebook's `src/` is linked in under its slug, so a notebook's data loaders still resolve their
 * packages from the notebook's own folder, and edits show up in a live preview.
 */
export function stageSite(o: StageSiteOptions): void {
  if (existsSync(o.out)) {
    for (const entry of readdirSync(o.out)) {
      if (o.keepCache === true && entry === ".observablehq") continue;
      rmSync(join(o.out, entry), { recursive: true, force: true });
    }
  }
  mkdirSync(o.out, { recursive: true });
  // Plot, d3, htl, Inputs' helpers and DuckDB-Wasm from node_modules: no page import reaches the CDN.
  fillNpmCache({ root: o.out, ...o.npmCache });
  const link = (target: string, name: string) => symlinkSync(relative(o.out, target), join(o.out, name));

  const pagesDir = join(o.reportDir, "pages");
  for (const entry of existsSync(pagesDir) ? readdirSync(pagesDir) : []) {
    const source = join(pagesDir, entry);
    const fill = o.fill?.[entry] ?? (entry === "index.md" ? (t: string) => homePage(t, o.notebooks) : undefined);
    if (fill !== undefined) writeFileSync(join(o.out, entry), fill(readFileSync(source, "utf8")));
    else if (statSync(source).isDirectory()) {
      // A real folder of links, so generated pages can join the authors' own in it.
      mkdirSync(join(o.out, entry), { recursive: true });
      for (const child of readdirSync(source)) symlinkSync(relative(join(o.out, entry), join(source, child)), join(o.out, entry, child));
    } else link(source, entry);
  }
  for (const [path, text] of Object.entries(o.generated ?? {})) {
    mkdirSync(dirname(join(o.out, path)), { recursive: true });
    writeFileSync(join(o.out, path), text);
  }
  link(join(o.reportDir, "theme"), "theme");
  for (const nb of o.notebooks) link(nb.srcDir, nb.manifest.slug);
}
