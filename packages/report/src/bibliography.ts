import { existsSync, readFileSync } from "node:fs";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-csl";
import { NotebookError } from "./discover-notebooks.js";

export interface Bibliography {
  keys: Set<string>;
  /** In-text citation, e.g. "(Government Outcomes Lab, 2023)". */
  cite: (key: string) => string;
  /** The references section as HTML (APA), each entry anchored by its key. */
  html: () => string;
}

/**
 * The report's bibliography from a CSL-JSON file, formatted in APA style by citation-js (a
 * maintained citation library: the same CSL styles Zotero and Pandoc use).
 */
export function readBibliography(path: string): Bibliography {
  const items: { id: string }[] = existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : [];
  if (!Array.isArray(items) || items.some((i) => typeof i?.id !== "string"))
    throw new NotebookError(
      `${path} is not a CSL-JSON array of items with ids.`,
      "Export the bibliography as CSL JSON from Zotero or write it by hand; every item needs an id.",
    );
  const cite = new Cite(items);
  return {
    keys: new Set(items.map((i) => i.id)),
    cite: (key) => String(cite.format("citation", { format: "text", template: "apa", lang: "en-US", entry: [key] })),
    html: () =>
      String(cite.format("bibliography", { format: "html", template: "apa", lang: "en-US" })).replace(
        /data-csl-entry-id="([^"]+)"/g,
        'id="$1" data-csl-entry-id="$1"',
      ),
  };
}
