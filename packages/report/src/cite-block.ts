import { relativeHref } from "./cross-references.js";
import { escapeHtml as esc } from "./escape-html.js";
import type { Citation } from "./report-citation.js";

/**
 * "Cite this report" (or chapter): the suggested citation and its files for reference managers
 * (BibTeX, RIS, CSL-JSON), linked relative to the page at `pagePath` so they work from any
 * static server or from disk.
 */
export function citeBlockHtml(c: Citation, pagePath: string, heading?: string): string {
  const link = (ext: string, label: string) => `<a href="${relativeHref(pagePath, `/${c.stem}.${ext}`)}" download>${label}</a>`;
  return [
    `<section class="hnl-cite" aria-label="${esc(heading ?? "Cite this")}">`,
    ...(heading === undefined ? [] : [`<h2 id="cite-this">${esc(heading)}</h2>`]),
    `<p class="hnl-cite-text">${esc(c.text)}</p>`,
    `<p class="hnl-cite-files">Download the citation: ${link("bib", "BibTeX")} · ${link("ris", "RIS")} · ${link("json", "CSL-JSON")}</p>`,
    "</section>",
  ].join("\n");
}
