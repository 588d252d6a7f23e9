import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import he from "he";
import MiniSearch from "minisearch";

/** Framework's search options (src/search.ts of 1.13.4), so its client reads the index unchanged. */
const OPTIONS = {
  fields: ["title", "text", "keywords"],
  storeFields: ["title"],
  processTerm(term: string): string | null {
    return (term.match(/\p{N}/gu)?.length ?? 0) > 6 ? null : term.slice(0, 15).toLowerCase();
  },
};

/**
 * Rewrites Framework's search index from the finished pages rather than from their Markdown, so
 * search finds what a reader sees: numbers and sentences written by page code (now prerendered),
 * figure captions, scope notes. Same documents, same titles, same options; text as Framework
 * extracts it (tags and styles dropped, accents folded). Returns how many pages it indexed.
 */
export function rebuildSearchIndex(distDir: string): number {
  const dir = join(distDir, "_observablehq");
  const file = readdirSync(dir).find((f) => /^minisearch\.[0-9a-f]+\.json$/.test(f));
  if (file === undefined) return 0;
  const old = JSON.parse(readFileSync(join(dir, file), "utf8")) as {
    documentIds: Record<string, string>;
    storedFields: Record<string, { title?: string }>;
  };
  const index = new MiniSearch(OPTIONS);
  let n = 0;
  for (const [short, id] of Object.entries(old.documentIds)) {
    const html = readFileSync(join(distDir, pageFileOf(id)), "utf8");
    const main = /<main id="observablehq-main"[^>]*>([\s\S]*?)<\/main>/.exec(html)?.[1] ?? html;
    // A result links to the file itself (dir/index.html), which any static server serves.
    index.add({
      id: id.endsWith("/") ? `${id}index.html` : id,
      title: old.storedFields[short]?.title ?? "",
      text: searchText(main),
      keywords: "",
    });
    n++;
  }
  const json = JSON.stringify(Object.assign({ options: { fields: OPTIONS.fields, storeFields: OPTIONS.storeFields } }, index.toJSON()));
  writeFileSync(join(dir, file), json);
  return n;
}

/** The text Framework indexes from a page's HTML. */
export function searchText(html: string): string {
  return he
    .decode(
      html
        .replace(/[\n\r]/g, " ")
        .replace(/<(script|style)\b.*?<\/\1\b[^>]*>/gi, " ")
        .replace(/<[^>]+>/g, " "),
    )
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\p{L}\p{N}]/gu, " ");
}

/** The built file of a search document id (`/a/b`, `/a/b.html`, `/a/`, `/a/index.html`). */
function pageFileOf(id: string): string {
  const path = id.replace(/^\//, "");
  if (path === "" || path.endsWith("/")) return `${path}index.html`;
  return path.endsWith(".html") ? path : `${path}.html`;
}
