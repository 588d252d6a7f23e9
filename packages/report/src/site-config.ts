import { fileURLToPath } from "node:url";
import type { Notebook } from "./discover-notebooks.js";
import { escapeHtml as esc } from "./escape-html.js";
import { previewNumbersScript } from "./preview-numbers.js";
import { previewMarkdownIt } from "./preview-references.js";
import type { PreviewSite } from "./preview-site.js";
import type { ReportConfig } from "./report-config.js";
import type { NotebookPage } from "./source-pages.js";

/** What a page footer says of a dataset. */
export interface FooterDataset {
  id: string;
  title: string;
  publisher: string;
}

export interface SiteConfigOptions {
  /** Framework source root, relative to the folder holding the config file. */
  root: string;
  /** Output folder, relative to the same (default dist). */
  output?: string;
  notebooks: readonly Notebook[];
  /** The report's own pages (reports/pages), e.g. the appendices; index pages are left out. */
  reportPages?: readonly NotebookPage[];
  title?: string;
  /** The datasets, for footers that name each chapter's sources. */
  datasets?: readonly FooterDataset[];
  /** The licence of the report's text, named in every footer. */
  licence?: ReportConfig["licence"];
  /** Live preview only (`hnl dev`): references and figure numbers as the build writes them (see `previewSite`). */
  preview?: PreviewSite;
}

/** The head every page gets: language, no favicon request, nothing from outside the site. */
export const SITE_HEAD = '<link rel="icon" href="data:,"><script>document.documentElement.lang="en"</script>';

/**
 * DuckDB without its `json` and `parquet` extensions: Framework 1.13.4 downloads both from
 * DuckDB's extension site for every page that uses DuckDB unless they are set to null (a `false`
 * still downloads them). DuckDB-Wasm itself is served from node_modules (`fillNpmCache`).
 */
/**
 * TypeScript data loaders run through `bin/run-loader.js`, which runs tsx as Framework would and,
 * when a loader fails, prints its file:line and its own message instead of a raw stack.
 */
export const LOADER_INTERPRETERS = {
  ".ts": [process.execPath, fileURLToPath(new URL("../bin/run-loader.js", import.meta.url))],
} as const;

export const SITE_DUCKDB = { extensions: { json: null, parquet: null } } as const;

/**
 * The footer of the page at `path`: the data sources its chapter uses (every source the report
 * uses, on the report's own pages), each linked to its entry in the sources appendix, the
 * licence of the text, and what built it. No build date, so builds repeat byte for byte.
 */
export function pageFooter(path: string, o: Pick<SiteConfigOptions, "notebooks" | "datasets" | "licence">): string {
  const slug = path.split("/")[1] ?? "";
  const nb = o.notebooks.find((n) => n.manifest.slug === slug);
  const ids = nb !== undefined ? nb.manifest.sources : [...new Set(o.notebooks.flatMap((n) => n.manifest.sources))];
  const used = (o.datasets ?? []).filter((d) => ids.includes(d.id));
  const data =
    used.length === 0
      ? ""
      : `${nb === undefined ? "Data used in this report" : "Data used in this chapter"}: ${used
          .map(
            (d) =>
              `<a href="/appendix/sources#${esc(d.id)}">${esc(d.title)}</a> (${esc(d.publisher.split(/[,(]/)[0]?.trim() ?? d.publisher)})`,
          )
          .join("; ")}. `;
  const licence =
    o.licence === undefined
      ? ""
      : `Text: ${o.licence.url ? `<a href="${esc(o.licence.url)}">${esc(o.licence.name)}</a>` : esc(o.licence.name)}; data under their own licences. `;
  return `${data}${licence}Made with the open-source INDIGO Hack-and-Learn analysis toolkit.`;
}

/**
 * The Observable Framework configuration of the report: one sidebar section per notebook, the
 * kit's stylesheet in place of any web font, a fixed footer (no build date, so builds repeat
 * byte for byte) and Framework's own search.
 */
export function siteConfig(o: SiteConfigOptions): Record<string, unknown> {
  return {
    root: o.root,
    output: o.output ?? "dist",
    title: o.title ?? "INDIGO Hack-and-Learn: Technical and Learning Report",
    pages: [
      ...(o.reportPages ?? []).filter((p) => p.path === "summary").map((p) => ({ name: p.title, path: `/${p.path}` })),
      ...o.notebooks.map((nb, i) => ({
        name: `${i + 1}. ${nb.manifest.title}`,
        open: true,
        pages: nb.pages.map((p) => ({ name: p.title, path: `/${nb.manifest.slug}/${p.path === "index" ? "" : p.path}` })),
      })),
      ...front(o.reportPages ?? []),
      ...appendices(o.reportPages ?? []),
    ],
    style: "theme/style.css",
    globalStylesheets: [],
    head:
      o.preview === undefined
        ? SITE_HEAD
        : ({ path }: { path: string }) => SITE_HEAD + previewNumbersScript({ chapters: o.preview?.chapters ?? [], path }),
    ...(o.preview === undefined ? {} : { markdownIt: previewMarkdownIt(o.preview.targets, o.preview.onUnknown) }),
    footer: ({ path }: { path: string }) => pageFooter(path, o),
    search: true,
    duckdb: SITE_DUCKDB,
    interpreters: LOADER_INTERPRETERS,
    // Links to x.html (and, after the build, dir/index.html): the site works on any static server and from a zip.
    // (preserveIndex is left off: with it, Framework 1.13.4 loses the hashed file paths of index pages.)
    preserveExtension: true,
    toc: true,
    pager: true,
    sidebar: true,
  };
}

/** The learning chapter and the methods, after the technical chapters. */
function front(pages: readonly NotebookPage[]) {
  return ["learning", "methods"].flatMap((path) =>
    pages.filter((p) => p.path === path).map((p) => ({ name: p.title, path: `/${p.path}` })),
  );
}

/** The report's appendix pages (reports/pages/appendix/...) as one sidebar section. */
function appendices(pages: readonly NotebookPage[]) {
  const list = pages.filter((p) => p.path.startsWith("appendix/"));
  const order = [
    "appendix/draft-findings",
    "appendix/data-dictionary",
    "appendix/typology",
    "appendix/sources",
    "appendix/freshness",
    "appendix/references",
  ];
  const rank = (p: NotebookPage) => (order.includes(p.path) ? order.indexOf(p.path) : order.length);
  const sorted = [...list].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  return sorted.length === 0
    ? []
    : [{ name: "Appendices", open: false, pages: sorted.map((p) => ({ name: p.title, path: `/${p.path}` })) }];
}
