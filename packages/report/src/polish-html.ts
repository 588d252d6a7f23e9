import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stackTables } from "./stack-tables.js";

/**
 * Fixes to Framework's page shell that a screen reader, a phone or axe-core asks for, applied to
 * every built page: a language, a viewport that allows zooming, a labelled sidebar toggle, named
 * navigation landmarks and a sidebar list holding only list items.
 */
export const HTML_FIXES: readonly { why: string; from: RegExp; to: string | ((match: string, ...groups: string[]) => string) }[] = [
  { why: "language for screen readers", from: /<html>/, to: '<html lang="en">' },
  {
    why: "let readers zoom on a phone",
    from: /<meta name="viewport" content="[^"]*">/,
    to: '<meta name="viewport" content="width=device-width, initial-scale=1">',
  },
  {
    why: "the sidebar toggle needs a name",
    from: /<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">/,
    to: '<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar" aria-label="Toggle sidebar">',
  },
  {
    why: "two navigation landmarks need distinct names",
    from: /<nav id="observablehq-sidebar">/,
    to: '<nav id="observablehq-sidebar" aria-label="Report chapters">',
  },
  {
    why: "two navigation landmarks need distinct names",
    from: /<aside id="observablehq-toc"([^>]*)>\n<nav>/,
    to: '<aside id="observablehq-toc"$1>\n<nav aria-label="On this page">',
  },
  {
    // Framework records when each data file was generated; that time differs between two builds
    // of the same inputs. No page reads it, so it is fixed, and builds repeat byte for byte.
    why: "byte-identical builds",
    from: /"lastModified":\d+/g,
    to: '"lastModified":0',
  },
  {
    // A plain static server (or a folder opened from a zip) has no rule that serves dir/index.html
    // for dir/: every local link to a folder names the file.
    why: "links that work on any static server",
    from: /\bhref="((?!https?:|mailto:|data:|#|\/\/)[^"#?]*\/|\.{1,2})((?:[?#][^"]*)?)"/g,
    to: (_m: string, path: string, rest: string) => `href="${path.endsWith("/") ? path : `${path}/`}index.html${rest}"`,
  },
  {
    why: "a list may hold only list items",
    from: /<ol>\n(\s*)(<label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"><\/label>)\n/,
    to: "$2\n<ol>\n",
  },
];

/** Applies `HTML_FIXES` to one page's HTML, and marks its tables for phones (`stackTables`). */
export function polishPage(html: string): string {
  return applyFixes(stackTables(html));
}

function applyFixes(html: string): string {
  return HTML_FIXES.reduce(
    (page, fix) => (typeof fix.to === "string" ? page.replace(fix.from, fix.to) : page.replace(fix.from, fix.to)),
    html,
  );
}

/** Applies `HTML_FIXES` to every `.html` file under `dir`; returns how many files changed. */
export function polishHtml(dir: string): number {
  let changed = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) changed += polishHtml(path);
    else if (entry.endsWith(".html")) {
      const html = readFileSync(path, "utf8");
      const next = polishPage(html);
      if (next !== html) {
        writeFileSync(path, next);
        changed++;
      }
    }
  }
  return changed;
}
