import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { pageTitle } from "./page-title.js";

export interface NotebookPage {
  /** Path within the source folder, without `.md` (`index`, `methods/sources`). */
  path: string;
  title: string;
}

const LOADER = /\.md\.(?:ts|js|mjs)$/;

/**
 * The pages under a Framework source folder: Markdown files and page loaders (`x.md.ts`, whose
 * title comes from a `// title: ...` line), leaving out `data/` at the top and `_`-prefixed
 * names; index first, then by path.
 */
export function listSourcePages(srcDir: string, sub = ""): NotebookPage[] {
  if (!existsSync(join(srcDir, sub))) return [];
  const pages: NotebookPage[] = [];
  for (const entry of readdirSync(join(srcDir, sub)).sort()) {
    if (entry.startsWith("_") || entry.startsWith(".") || entry === "data") continue;
    const rel = sub === "" ? entry : `${sub}/${entry}`;
    if (statSync(join(srcDir, rel)).isDirectory()) pages.push(...listSourcePages(srcDir, rel));
    else if (entry.endsWith(".md"))
      pages.push({ path: rel.slice(0, -3), title: pageTitle(readFileSync(join(srcDir, rel), "utf8"), rel.slice(0, -3)) });
    else if (LOADER.test(entry)) {
      const path = rel.replace(LOADER, "");
      const title = /^\/\/\s*title:\s*(.+)$/m.exec(readFileSync(join(srcDir, rel), "utf8"))?.[1]?.trim();
      pages.push({ path, title: title ?? path });
    }
  }
  return pages.sort((a, b) => (a.path === "index" ? -1 : b.path === "index" ? 1 : a.path.localeCompare(b.path)));
}
