import { existsSync, readFileSync } from "node:fs";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { NotebookError } from "./discover-notebooks.js";

export interface Bibliography {
  keys: Set<string>;
  /** In-text citation, e.g. "(Government Outcomes Lab, n.d.-b)": same author and year get a, b, c as in the list. */
  cite: (key: string) => string;
  /** The references section as HTML (APA), each entry anchored by its key. */
  html: () => string;
}

/** A CSL-JSON item, as far as the report reads it. */
interface CslItem {
  id: string;
  author?: { family?: string; given?: string; literal?: string }[];
}

const FORMAT = { template: "apa", lang: "en-US" } as const;

/**
 * The report's bibliography from a CSL-JSON file, formatted in APA style by citation-js (a
 * maintained citation library: the same CSL styles Zotero and Pandoc use). Works by one author in
 * one year are told apart as APA asks ("n.d.-a", "2021b"): the list is formatted as a whole, so
 * the citation processor assigns the letters, and each in-text citation takes its entry's.
 */
export function readBibliography(path: string): Bibliography {
  const items: CslItem[] = existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : [];
  if (!Array.isArray(items) || items.some((i) => typeof i?.id !== "string"))
    throw new NotebookError(
      `${path} is not a CSL-JSON array of items with ids.`,
      "Export the bibliography as CSL JSON from Zotero or write it by hand; every item needs an id.",
    );
  const badAuthors = items.filter((i) => (i.author ?? []).some((a) => /^et al\.?$/i.test((a.literal ?? a.family ?? "").trim())));
  if (badAuthors.length > 0)
    throw new NotebookError(
      `${path}: ${badAuthors.map((i) => i.id).join(", ")} list "et al." as an author.`,
      "List every author by name (family, given); the citation style shortens long lists itself.",
    );
  const cite = new Cite(items);
  const list = String(cite.format("bibliography", { format: "html", ...FORMAT }));
  const dates = entryDates(list);
  return {
    keys: new Set(items.map((i) => i.id)),
    cite: (key) => {
      const text = String(cite.format("citation", { format: "text", ...FORMAT, entry: [key] }));
      const date = dates.get(key);
      // "(Author, n.d.)" → "(Author, n.d.-b)" when the list needed a letter to tell works apart.
      return date === undefined ? text : text.replace(/, ([^,()]+)\)$/, (m, d: string) => (date.startsWith(d) ? `, ${date})` : m));
    },
    html: () => list.replace(/data-csl-entry-id="([^"]+)"/g, 'id="$1" data-csl-entry-id="$1"'),
  };
}

/** Each entry's date as the formatted list gives it ("n.d.-a", "2021b", "2020, June"), by key. */
function entryDates(html: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of html.matchAll(/data-csl-entry-id="([^"]+)"[^>]*>([\s\S]*?)<\/div>/g)) {
    const text = (m[2] ?? "").replace(/<[^>]+>/g, "");
    const date = /\(((?:n\.d\.|\d{4})(?:-?[a-z])?)(?:, [^)]*)?\)\./.exec(text)?.[1];
    if (m[1] !== undefined && date !== undefined) out.set(m[1], date);
  }
  return out;
}

/** The entries of a bibliography that no page cites: each a build warning, not an error. */
export function uncitedEntries(bib: Bibliography, cited: Iterable<string>): string[] {
  const used = new Set(cited);
  return [...bib.keys].filter((k) => !used.has(k)).sort();
}
