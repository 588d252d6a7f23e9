import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Bibliography } from "./bibliography.js";
import type { ChapterFindings } from "./collect-findings.js";
import { checkReferences, type Reference, resolveReferences, type Target } from "./cross-references.js";
import type { Notebook } from "./discover-notebooks.js";
import { chapterAnchors, figureNumberScript, type NumberedFigure, numberFigures } from "./figure-numbers.js";
import { listSitePages } from "./list-pages.js";

export interface FinishSiteOptions {
  distDir: string;
  notebooks: readonly Notebook[];
  findings: readonly ChapterFindings[];
  bibliography: Bibliography;
  /** Every reference the staged pages hold (from `scanFiles`), for errors with file and line. */
  references: readonly Reference[];
}

/**
 * The last step of a report build: numbers figures per chapter, fails on a reference to a figure
 * that does not exist (naming file and line), and turns every `[@F2.1]`, `[@fig:id]` and
 * `[@cite:key]` in the built pages into a link.
 */
export function finishSite(o: FinishSiteOptions): { figures: NumberedFigure[]; pages: number } {
  const figures = numberFigures(o.distDir, o.notebooks);
  // Evidence may point at a table or any element of a chapter page, not only a figure.
  const anchors = chapterAnchors(o.distDir, o.notebooks).filter((a) => !figures.some((f) => f.id === a.id));
  checkReferences(
    o.references.filter((r) => r.kind === "figure"),
    { finding: new Set(), citation: new Set(), figure: new Set([...figures.map((f) => f.id), ...anchors.map((a) => a.id)]) },
  );
  const targets = {
    finding: new Map<string, Target>(
      o.findings.flatMap((c) => c.findings.map((f) => [f.id, { href: `/learning#${f.id}`, text: f.id, title: f.statement }] as const)),
    ),
    figure: new Map<string, Target>([
      ...anchors.map((a) => [a.id, { href: a.href, text: `chapter ${a.chapter}, ${a.id.replaceAll("-", " ")}` }] as const),
      ...figures.map((f) => [f.id, { href: f.href, text: `Figure ${f.number}` }] as const),
    ]),
    citation: new Map<string, Target>(
      [...o.bibliography.keys].map((k) => [k, { href: `/appendix/references#${k}`, text: o.bibliography.cite(k) }]),
    ),
  };
  const chapterOf = new Map(o.notebooks.map((nb, i) => [nb.manifest.slug, i + 1]));
  const pages = listSitePages(o.distDir);
  for (const page of pages) {
    const file = join(o.distDir, page.endsWith("/") ? `${page}index.html` : `${page}.html`);
    let html = resolveReferences(readFileSync(file, "utf8"), page, targets);
    const chapter = chapterOf.get(page.split("/")[1] ?? "");
    if (chapter !== undefined) {
      html = html.replace(
        "</body>",
        `${figureNumberScript(
          figures.filter((f) => f.number.startsWith(`${chapter}.`)),
          chapter,
        )}\n</body>`,
      );
    }
    writeFileSync(file, html);
  }
  return { figures, pages: pages.length };
}
