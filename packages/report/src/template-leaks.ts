import { readFileSync } from "node:fs";
import { join } from "node:path";
import { listSitePages } from "./list-pages.js";
import { visibleText } from "./plain-language.js";

/** Text that only reaches a reader when a value was missing or never formatted. */
const LEAKS: readonly { word: string; pattern: RegExp }[] = [
  { word: "${", pattern: /\$\{/ },
  { word: "undefined", pattern: /\bundefined\b/ },
  { word: "NaN", pattern: /\bNaN\b/ },
  { word: "[object Object]", pattern: /\[object Object\]/ },
];

/** A leak found on a page: the word and the text around it. */
export interface TemplateLeak {
  page: string;
  word: string;
  context: string;
}

/**
 * Template text that leaked into what readers see on the built pages (main content, captions,
 * tables, footers): `${`, `undefined`, `NaN`, or `[object Object]`.
 */
export function templateLeaks(distDir: string): TemplateLeak[] {
  const out: TemplateLeak[] = [];
  for (const page of listSitePages(distDir)) {
    const html = readFileSync(join(distDir, page.endsWith("/") ? `${page}index.html` : `${page}.html`), "utf8");
    const body = /<body\b[\s\S]*<\/body>/.exec(html)?.[0] ?? html;
    const text = visibleText(body.replace(/<code\b[\s\S]*?<\/code>/g, " ").replace(/<pre\b[\s\S]*?<\/pre>/g, " "));
    for (const { word, pattern } of LEAKS) {
      const m = pattern.exec(text);
      if (m !== null) out.push({ page, word, context: text.slice(Math.max(0, m.index - 50), m.index + 50).trim() });
    }
  }
  return out;
}
