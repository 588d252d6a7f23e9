import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Gives every built HTML page `<html lang="…">` (Framework writes a bare `<html>`), so screen
 * readers pick the right voice even before any script runs. Returns the number of pages changed.
 */
export function setHtmlLang(dir: string, lang = "en"): number {
  let changed = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) changed += setHtmlLang(path, lang);
    else if (entry.endsWith(".html")) {
      const html = readFileSync(path, "utf8");
      const next = html.replace(/<html>/, `<html lang="${lang}">`);
      if (next !== html) {
        writeFileSync(path, next);
        changed++;
      }
    }
  }
  return changed;
}
