import { join } from "node:path";
import type { DatasetManifest } from "@hnl/data";
import { type Bibliography, readBibliography } from "./bibliography.js";
import { type ChapterFindings, collectFindings } from "./collect-findings.js";
import { type Notebook, NotebookError } from "./discover-notebooks.js";
import { type Edition, type EditionFindings, editionFindings } from "./edition.js";
import { homePage } from "./home-page.js";
import { type Citation, reportCitations } from "./report-citation.js";
import type { ReportConfig } from "./report-config.js";
import { generatedPages, sourcesPage } from "./report-pages.js";
import { reportStructure } from "./report-structure.js";
import { summaryPage } from "./summary-page.js";

/** Everything a build or a preview stages, decided before Framework runs. */
export interface ReportPlan {
  config: ReportConfig;
  notebooks: Notebook[];
  findings: ChapterFindings[];
  edition: EditionFindings;
  bibliography: Bibliography;
  citations: { report: Citation; chapters: Map<string, Citation> };
  /** Generated pages: path in the site → Markdown. */
  generated: Record<string, string>;
  /** The report's templated pages: file in reports/pages → how to fill it. */
  fill: Record<string, (template: string) => string>;
}

/**
 * Reads the report's configuration, chapters, findings and bibliography for an edition, checks
 * that every chapter's sources are known datasets and every dataset is in the bibliography, and
 * says what to stage. With `only`, the named notebooks alone (a preview or partial build).
 */
export function planReport(
  repoRoot: string,
  manifests: readonly DatasetManifest[],
  edition: Edition,
  only?: readonly string[],
): ReportPlan {
  const { config, notebooks } = reportStructure(repoRoot, only);
  const bibliography = readBibliography(join(repoRoot, "reports", config.bibliography));
  const known = new Set(manifests.map((m) => m.id));
  const badSources = notebooks.flatMap((nb) =>
    nb.manifest.sources.filter((s) => !known.has(s)).map((s) => `notebooks/${nb.manifest.slug}/notebook.json: "${s}"`),
  );
  if (badSources.length > 0)
    throw new NotebookError(
      `${badSources.length} chapter source(s) name no dataset: ${badSources.join("; ")}.`,
      `A source is the id of a dataset manifest in datasets/: ${[...known].join(", ")}.`,
    );
  const uncited = manifests.filter((m) => !bibliography.keys.has(m.citation));
  if (uncited.length > 0)
    throw new NotebookError(
      `Every dataset must be in the bibliography, and ${uncited.map((m) => `${m.id} (key "${m.citation}")`).join(", ")} ${uncited.length === 1 ? "is" : "are"} not.`,
      `Add an entry with that id to reports/${config.bibliography}, or correct "citation" in datasets/<id>.json.`,
    );
  const findings = collectFindings(repoRoot, notebooks);
  const ed = editionFindings(findings, config, edition);
  const partial = only !== undefined && only.length > 0;
  return {
    config,
    notebooks,
    findings,
    edition: ed,
    bibliography,
    citations: reportCitations(config, notebooks),
    // A chapter built alone keeps the sources appendix: every page's footer links to it.
    generated: partial ? { "appendix/sources.md": sourcesPage(manifests) } : generatedPages(ed, manifests, bibliography),
    fill: partial
      ? {}
      : {
          "index.md": (t) => homePage(t, notebooks, { config, findings: ed }),
          "summary.md": (t) => summaryPage(t, notebooks, ed, manifests),
        },
  };
}
