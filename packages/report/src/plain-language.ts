/** A builder's word found in reader-facing text. */
export interface JargonHit {
  /** What kind of word: a package, a command, a file path, a code identifier or kit jargon. */
  kind: "package" | "command" | "file path" | "code identifier" | "builder jargon";
  /** The word as written. */
  term: string;
  /** The words around it, to find it in the page. */
  excerpt: string;
}

const RULES: readonly { kind: JargonHit["kind"]; pattern: RegExp }[] = [
  {
    kind: "package",
    pattern: /@hnl\/[a-z-]+|\b(?:arquero|vega-lite|vega-embed|d3-sankey|d3-geo|citation-js|vitest|playwright|zod|turborepo|pnpm|npm)\b/gi,
  },
  { kind: "command", pattern: /\bhnl [a-z]+(?: [a-z]+)?\b|(?:^|\s)--[a-z][a-z-]+/g },
  {
    kind: "file path",
    pattern:
      /\b(?:src|notebooks|datasets|packages|reports|test)\/[\w./-]*|\b[\w-]+\.(?:ts|mjs|js|json|md|py|cff)\b|\b[\w-]+\/[\w./-]+\.(?:csv|xlsx|json)\b/g,
  },
  {
    kind: "code identifier",
    pattern:
      /\b\w+\[\]\.\w+|\b[A-Za-z_]\w*\(\)|\b[a-z]+(?:[A-Z][a-z0-9]+)+\b|\b[a-z]+(?:_[a-z0-9]+)+\b|\b(?:[A-Z][a-z]+){2,}(?:[A-Z][a-z]*)*\b/g,
  },
  {
    kind: "builder jargon",
    pattern: /\bthe kit(?:'s)?\b|\b(?:typed |data |page )?loaders?\b|\badapters?\b|\bzod schemas?\b|\bcode cells?\b/gi,
  },
];

/** Words that look like identifiers but are ordinary names. */
const ALLOWED = new Set([
  "BibTeX",
  "GitHub",
  "McDonald",
  "YouthLink",
  "LinkedIn",
  "PowerPoint",
  "JavaScript",
  "DuckDB",
  "iPhone",
  "OpenStreetMap",
]);

/**
 * Package names, commands, file paths, code identifiers and builders' jargon ("the kit", "typed
 * loaders", "adapter") in a text meant for readers. Such words belong in the methods page and the
 * technical notes, not in a chapter, the home page or the summary. `allowed` names proper names
 * from the data that look like code words (a chapter's `plainWords`, e.g. "BeCode", "LiftEd").
 *
 * @example
 * jargonIn("Read through @hnl/data's typed loaders.") // [{ kind: "package", term: "@hnl/data", ... }, ...]
 */
export function jargonIn(text: string, allowed: Iterable<string> = []): JargonHit[] {
  const names = new Set([...ALLOWED, ...allowed]);
  const hits: JargonHit[] = [];
  for (const { kind, pattern } of RULES) {
    for (const m of text.matchAll(pattern)) {
      const term = m[0].trim();
      if (names.has(term)) continue;
      const at = m.index ?? 0;
      const excerpt = text
        .slice(Math.max(0, at - 40), at + m[0].length + 40)
        .replace(/\s+/g, " ")
        .trim();
      hits.push({ kind, term, excerpt });
    }
  }
  return hits;
}

/** The text a reader sees in a built HTML page or fragment: scripts, styles and tags removed, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<(script|style|template|noscript)\b[\s\S]*?<\/\1>/gi, " ")
    .replace(/<nav\b[\s\S]*?<\/nav>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
