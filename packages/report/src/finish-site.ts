import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Bibliography } from "./bibliography.js";
import { citeBlockHtml } from "./cite-block.js";
import type { ChapterFindings } from "./collect-findings.js";
import { checkReferences, type Reference, resolveReferences, type Target } from "./cross-references.js";
import type { Notebook } from "./discover-notebooks.js";
import type { EditionFindings } from "./edition.js";
import { applyNumbers, chapterAnchors, figureNumberScript, type NumberedFigure, numberFigures } from "./figure-numbers.js";
import { CITE_REPORT_ID } from "./home-page.js";
import { listSitePages } from "./list-pages.js";
import { referenceTargets } from "./reference-targets.js";
import { type Citation, citationCff, citationFiles } from "./report-citation.js";
import type { ReportConfig } from "./report-config.js";
import { scopeList } from "./summary-page.js";

export interface FinishSiteOptions {
  distDir: string;
  notebooks: readonly Notebook[];
  findings: readonly ChapterFindings[];
  bibliography: Bibliography;
  /** Every reference the staged pages hold (from `scanFiles`), for errors with file and line. */
  references: readonly Reference[];
  /** Where each finding is printed in this edition; every finding links to the learning chapter when unset. */
  edition?: EditionFindings;
  /** The report's configuration and citations: with them, citation files, `CITATION.cff` and "Cite this" blocks are written. */
  config?: ReportConfig;
  citations?: { report: Citation; chapters: ReadonlyMap<string, Citation> };
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
    ...referenceTargets(o),
    figure: new Map<string, Target>([
      ...anchors.map((a) => [a.id, { href: a.href, text: `chapter ${a.chapter}, ${a.id.replaceAll("-", " ")}` }] as const),
      ...figures.map((f) => [f.id, { href: f.href, text: `${f.kind === "figure" ? "Figure" : "Table"} ${f.number}` }] as const),
    ]),
  };
  const chapterOf = new Map(o.notebooks.map((nb, i) => [nb.manifest.slug, i + 1]));
  const pages = listSitePages(o.distDir);
  for (const page of pages) {
    const file = join(o.distDir, page.endsWith("/") ? `${page}index.html` : `${page}.html`);
    let html = readFileSync(file, "utf8");
    const slug = page.split("/")[1] ?? "";
    const chapter = chapterOf.get(slug);
    const notebook = o.notebooks.find((nb) => nb.manifest.slug === slug);
    if (chapter !== undefined)
      html = applyNumbers(
        html,
        figures.filter((f) => f.href.split("#")[0] === page),
      );
    if (notebook !== undefined && page === `/${slug}/`) {
      // The chapter's scope at its top, where readers look first; how to cite it at its end.
      if (notebook.manifest.scope.length > 0)
        html = html.replace(
          /<\/h1>/,
          `</h1>\n<aside class="hnl-scope" role="note" aria-label="Scope of this chapter"><p class="hnl-scope-title"><strong>Scope of this chapter</strong></p>${scopeList(notebook.manifest.scope)}</aside>`,
        );
      const cite = o.citations?.chapters.get(slug);
      if (cite !== undefined) html = html.replace(/<\/main>/, `${citeBlockHtml(cite, page, "Cite this chapter")}\n</main>`);
    }
    if (page === "/" && o.citations !== undefined)
      html = html.replace(
        `<div id="${CITE_REPORT_ID}"></div>`,
        `<div id="${CITE_REPORT_ID}">${citeBlockHtml(o.citations.report, page)}</div>`,
      );
    // Scope notes may cite works: resolve after they are in.
    html = resolveReferences(html, page, targets);
    // A page that keeps its runtime redraws its cells, captions included: number those as drawn.
    if (chapter !== undefined && /\bdefine\(\{id: "/.test(html))
      html = html.replace("</body>", `${figureNumberScript(figures.filter((f) => f.number.startsWith(`${chapter}.`)))}\n</body>`);
    writeFileSync(file, html);
  }
  if (o.citations !== undefined && o.config !== undefined) {
    const files: Record<string, string> = {
      ...citationFiles(o.citations.report),
      ...Object.assign({}, ...[...o.citations.chapters.values()].map(citationFiles)),
      "CITATION.cff": citationCff(o.config),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(o.distDir, path)), { recursive: true });
      writeFileSync(join(o.distDir, path), text);
    }
  }
  return { figures, pages: pages.length };
}
