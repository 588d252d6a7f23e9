import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import type { Notebook } from "./discover-notebooks.js";
import { NotebookError } from "./discover-notebooks.js";
import { jargonIn, visibleText } from "./plain-language.js";
import { yearClaims } from "./scope-claims.js";

/** One problem in a page meant for readers. */
export interface ReaderPageProblem {
  /** Site path of the page, e.g. `/05-csr-sync/`. */
  page: string;
  /** What is wrong, in a sentence. */
  problem: string;
  excerpt: string;
}

/** Whether a notebook page is a technical note (exempt from the plain-language rule): `technical-notes` or under `technical/`. */
export const isTechnicalPage = (path: string): boolean => /(^|\/)(technical-notes|technical\/.*)$/.test(path);

/** The attached HTML fragments (figures, tables) a built page loads, as files under `distDir`. */
function attachedHtml(distDir: string, pagePath: string, html: string): string[] {
  const dir = pagePath.endsWith("/") ? pagePath : posix.dirname(pagePath);
  return [...html.matchAll(/"path":"([^"]+\.html)"/g)]
    .map((m) => join(distDir, posix.normalize(posix.join(dir, m[1] ?? ""))))
    .filter((f) => existsSync(f));
}

/**
 * The reader-facing pages of a built site (home, summary, every chapter page but its technical
 * notes) checked for builders' words (package names, commands, file paths, code identifiers,
 * "the kit", "loader", "adapter") and for headlines that claim more years than a chapter covers.
 * Reads each page's static text and the figures and tables it attaches; text a page's own
 * script writes is checked in the browser tests.
 */
export function readerPageProblems(distDir: string, notebooks: readonly Notebook[]): ReaderPageProblem[] {
  const pages: { path: string; file: string; notebook?: Notebook }[] = [
    { path: "/", file: "index.html" },
    { path: "/summary", file: "summary.html" },
    ...notebooks.flatMap((nb) =>
      nb.pages
        .filter((p) => !isTechnicalPage(p.path))
        .map((p) => {
          const path = `/${nb.manifest.slug}/${p.path === "index" ? "" : p.path}`;
          return { path, file: p.path === "index" ? `${nb.manifest.slug}/index.html` : `${nb.manifest.slug}/${p.path}.html`, notebook: nb };
        }),
    ),
  ];
  const out: ReaderPageProblem[] = [];
  for (const page of pages) {
    const file = join(distDir, page.file);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, "utf8");
    const texts = [html, ...attachedHtml(distDir, page.path, html).map((f) => readFileSync(f, "utf8"))].map(visibleText);
    if (page.notebook !== undefined && page.path.endsWith("/")) texts.push(page.notebook.manifest.summary, page.notebook.manifest.title);
    for (const text of texts) {
      for (const hit of jargonIn(text, page.notebook?.manifest.plainWords ?? []))
        out.push({ page: page.path, problem: `${hit.kind} "${hit.term}" in reader-facing text`, excerpt: hit.excerpt });
      if (page.notebook !== undefined)
        for (const c of yearClaims(text, page.notebook.manifest.years))
          out.push({
            page: page.path,
            problem: `"${c.phrase}" claims ${c.claimed} years, but the chapter's data covers ${c.covered} (years in notebooks/${page.notebook.manifest.slug}/notebook.json)`,
            excerpt: c.phrase,
          });
    }
  }
  return out;
}

/** Fails the build, listing up to 25 problems, when a reader-facing page breaks the rules above. */
export function checkReaderPages(distDir: string, notebooks: readonly Notebook[]): void {
  const problems = readerPageProblems(distDir, notebooks);
  if (problems.length === 0) return;
  const lines = problems.slice(0, 25).map((p) => `  ${p.page}: ${p.problem}: “…${p.excerpt}…”`);
  throw new NotebookError(
    `${problems.length} problem(s) in pages meant for readers:\n${lines.join("\n")}${problems.length > 25 ? `\n  … and ${problems.length - 25} more` : ""}`,
    "Say it in plain words for readers; put package names, commands, file paths and field names in the methods page or in a technical-notes page of the notebook (src/technical-notes.md). A headline may not claim more years than notebook.json's years.covered.",
  );
}
