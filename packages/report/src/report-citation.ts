import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-ris";
import type { Notebook } from "./discover-notebooks.js";
import type { Person, ReportConfig } from "./report-config.js";

/** A CSL-JSON item: the form Zotero, Pandoc and citation-js read. */
export type CslItem = Record<string, unknown> & { id: string; type: string; title: string };

/** How to cite the report or one chapter of it: suggested text and the files reference managers import. */
export interface Citation {
  /** Site-relative stem of its files, e.g. `cite/report` (`.bib`, `.ris`, `.json` follow). */
  stem: string;
  item: CslItem;
  /** The suggested citation, APA, as plain text. */
  text: string;
  bibtex: string;
  ris: string;
}

const name = (p: Person) => {
  // "Jane Smith" → family Smith, given Jane; one word or an organisation stays literal.
  const parts = p.name.trim().split(/\s+/);
  return parts.length < 2 || /\b(?:Lab|University|Institute|Centre|Center|Team|Office|Ministry)\b/.test(p.name)
    ? { literal: p.name }
    : { family: parts.at(-1), given: parts.slice(0, -1).join(" ") };
};

const issued = (config: ReportConfig) => {
  const d = config.edition.date;
  return d === undefined ? {} : { issued: { "date-parts": [d.split("-").map(Number)] } };
};

/** The report as a CSL item: authors (or editors), edition, date, publisher and address. */
export function reportItem(config: ReportConfig): CslItem {
  return {
    id: "hnl-report",
    type: "report",
    title: config.subtitle === undefined ? config.title : `${config.title}: ${config.subtitle}`,
    ...(config.authors.length > 0 ? { author: config.authors.map(name) } : {}),
    ...(config.editors.length > 0 ? { editor: config.editors.map(name) } : {}),
    ...issued(config),
    version: config.edition.version,
    ...(config.publisher === undefined ? {} : { publisher: config.publisher }),
    ...(config.url === undefined ? {} : { URL: config.url }),
    ...(config.abstract.trim() === "" ? {} : { abstract: config.abstract.trim() }),
  };
}

/** One chapter as a CSL item: its contributors (or its team) as authors, inside the report. */
export function chapterItem(config: ReportConfig, notebook: Notebook, number: number): CslItem {
  const m = notebook.manifest;
  const authors = m.contributors.length > 0 ? m.contributors.map((n) => name({ name: n })) : m.team ? [{ literal: m.team }] : [];
  const report = reportItem(config);
  return {
    id: `hnl-report-${m.slug}`,
    type: "chapter",
    title: m.title,
    ...(authors.length > 0 ? { author: authors } : report.author === undefined ? {} : { author: report.author }),
    ...(report.editor === undefined ? {} : { editor: report.editor }),
    "container-title": report.title,
    "chapter-number": String(number),
    ...issued(config),
    version: config.edition.version,
    ...(config.publisher === undefined ? {} : { publisher: config.publisher }),
    ...(config.url === undefined ? {} : { URL: new URL(`${m.slug}/`, config.url.endsWith("/") ? config.url : `${config.url}/`).href }),
  };
}

/** Formats an item with citation-js (a maintained citation library: APA text, BibTeX and RIS). */
export function citationOf(item: CslItem, stem: string): Citation {
  const cite = new Cite([item]);
  return {
    stem,
    item,
    text: String(cite.format("bibliography", { format: "text", template: "apa", lang: "en-US" })).trim(),
    bibtex: String(cite.format("bibtex")).trim(),
    ris: String(cite.format("ris")).trim(),
  };
}

/** The citations of the report and of each chapter (in the report's order). */
export function reportCitations(
  config: ReportConfig,
  notebooks: readonly Notebook[],
): { report: Citation; chapters: Map<string, Citation> } {
  return {
    report: citationOf(reportItem(config), "cite/report"),
    chapters: new Map(notebooks.map((nb, i) => [nb.manifest.slug, citationOf(chapterItem(config, nb, i + 1), `cite/${nb.manifest.slug}`)])),
  };
}

/** A citation's files, by site path: BibTeX, RIS and CSL-JSON. */
export function citationFiles(c: Citation): Record<string, string> {
  return {
    [`${c.stem}.bib`]: `${c.bibtex}\n`,
    [`${c.stem}.ris`]: `${c.ris}\n`,
    [`${c.stem}.json`]: `${JSON.stringify([c.item], null, 2)}\n`,
  };
}

const yaml = (s: string) => JSON.stringify(s);

/**
 * `CITATION.cff` (Citation File Format 1.2.0) for the built site: the report's own metadata and a
 * preferred citation of type report, so GitHub, Zenodo and Zotero cite it rightly. Strings are
 * written as double-quoted YAML scalars (JSON strings are valid YAML).
 */
export function citationCff(config: ReportConfig): string {
  const people = config.authors.length > 0 ? config.authors : config.editors;
  const person = (p: Person, indent: string) => {
    const n = name(p);
    const lines =
      "literal" in n
        ? [`${indent}- name: ${yaml(p.name)}`]
        : [`${indent}- family-names: ${yaml(String(n.family))}`, `${indent}  given-names: ${yaml(String(n.given))}`];
    if (p.affiliation) lines.push(`${indent}  affiliation: ${yaml(p.affiliation)}`);
    if (p.orcid) lines.push(`${indent}  orcid: ${yaml(`https://orcid.org/${p.orcid}`)}`);
    return lines;
  };
  const authors = people.length > 0 ? people : [{ name: config.publisher ?? config.title }];
  const common = [
    `title: ${yaml(config.subtitle === undefined ? config.title : `${config.title}: ${config.subtitle}`)}`,
    ...(config.url === undefined ? [] : [`url: ${yaml(config.url)}`]),
  ];
  return `${[
    "cff-version: 1.2.0",
    'message: "If you use this report, please cite it as below."',
    "type: dataset",
    ...common,
    `version: ${yaml(config.edition.version)}`,
    ...(config.edition.date === undefined ? [] : [`date-released: ${yaml(config.edition.date)}`]),
    ...(config.abstract.trim() === "" ? [] : [`abstract: ${yaml(config.abstract.trim())}`]),
    ...(config.licence?.spdx === undefined ? [] : [`license: ${yaml(config.licence.spdx)}`]),
    "authors:",
    ...authors.flatMap((p) => person(p, "  ")),
    "preferred-citation:",
    "  type: report",
    ...common.map((l) => `  ${l}`),
    "  authors:",
    ...authors.flatMap((p) => person(p, "    ")),
    ...(config.edition.date === undefined ? [] : [`  year: ${config.edition.date.slice(0, 4)}`]),
    ...(config.publisher === undefined ? [] : [`  publisher:`, `    name: ${yaml(config.publisher)}`]),
  ].join("\n")}\n`;
}
