import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * The URL paths of every page of a built site (`/`, `/02-sdg-outcomes/`, `/a/b`), sorted: what a
 * browser test must open.
 */
export function listSitePages(dir: string, sub = ""): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(dir, sub))) {
    if (entry.startsWith("_")) continue;
    const rel = sub === "" ? entry : `${sub}/${entry}`;
    if (statSync(join(dir, rel)).isDirectory()) out.push(...listSitePages(dir, rel));
    else if (entry.endsWith(".html") && entry !== "404.html")
      out.push(`/${rel.replace(/(^|\/)index\.html$/, "$1").replace(/\.html$/, "")}`);
  }
  return out.sort();
}
