import type { Notebook } from "./discover-notebooks.js";
import type { NotebookPage } from "./source-pages.js";

export interface SiteConfigOptions {
  /** Framework source root, relative to the folder holding the config file. */
  root: string;
  /** Output folder, relative to the same (default dist). */
  output?: string;
  notebooks: readonly Notebook[];
  /** The report's own pages (reports/pages), e.g. the appendices; index pages are left out. */
  reportPages?: readonly NotebookPage[];
  title?: string;
}

/** The head every page gets: language, no favicon request, nothing from outside the site. */
export const SITE_HEAD = '<link rel="icon" href="data:,"><script>document.documentElement.lang="en"</script>';

export const SITE_FOOTER =
  'Data: <a href="https://golab.bsg.ox.ac.uk/knowledge-bank/indigo/">INDIGO, Government Outcomes Lab, University of Oxford</a>. Built with the INDIGO Hack-and-Learn analysis kit.';

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
    head: SITE_HEAD,
    footer: SITE_FOOTER,
    search: true,
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
  const order = ["appendix/data-dictionary", "appendix/typology", "appendix/sources", "appendix/freshness", "appendix/references"];
  const rank = (p: NotebookPage) => (order.includes(p.path) ? order.indexOf(p.path) : order.length);
  const sorted = [...list].sort((a, b) => rank(a) - rank(b) || a.path.localeCompare(b.path));
  return sorted.length === 0
    ? []
    : [{ name: "Appendices", open: false, pages: sorted.map((p) => ({ name: p.title, path: `/${p.path}` })) }];
}
