import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Notebook } from "./discover-notebooks.js";

/** A numbered figure: its chapter number and where it is. */
export interface NumberedFigure {
  id: string;
  number: string;
  /** Site path of its page with the anchor, e.g. /02-sdg-outcomes/#sdg-sankey. */
  href: string;
}

/**
 * Numbers the figures of every chapter in reading order (Figure 2.3 is the third figure of the
 * second chapter), from the built site: a page's figures are the `figure.hnl-figure` elements of
 * the data-loader files it reads, in the order it reads them, and those it draws itself
 * (`fig.id = "..."` in its code).
 */
export function numberFigures(distDir: string, notebooks: readonly Notebook[]): NumberedFigure[] {
  const out: NumberedFigure[] = [];
  for (const [c, nb] of notebooks.entries()) {
    let k = 0;
    for (const page of nb.pages) {
      const urlPath = `/${nb.manifest.slug}/${page.path === "index" ? "" : page.path}`;
      const file = join(distDir, nb.manifest.slug, `${page.path}.html`);
      if (!existsSync(file)) continue;
      const html = readFileSync(file, "utf8");
      const found: { at: number; id: string }[] = [];
      // Data files the page reads, in the order it reads them: figures as HTML files, or as HTML
      // strings inside a JSON file (quotes escaped there).
      for (const m of html.matchAll(/_file\/[^"'\s]+?\.(?:html|json)/g)) {
        const path = join(distDir, m[0]);
        if (!existsSync(path)) continue;
        for (const f of readFileSync(path, "utf8").matchAll(/<figure class=\\?"hnl-figure\\?" id=\\?"([^"\\]+)/g))
          found.push({ at: m.index ?? 0, id: f[1] ?? "" });
      }
      for (const m of html.matchAll(/\bfig\.id = "([^"]+)"/g)) found.push({ at: m.index ?? 0, id: m[1] ?? "" });
      const seen = new Set<string>();
      for (const f of found.sort((a, b) => a.at - b.at)) {
        if (seen.has(f.id) || out.some((o) => o.id === f.id)) continue;
        seen.add(f.id);
        k++;
        out.push({ id: f.id, number: `${c + 1}.${k}`, href: `${urlPath}#${f.id}` });
      }
    }
  }
  return out;
}

/**
 * The script a chapter page gets: it prefixes each figure's caption with its number (figures
 * appear as their data loads) and numbers stand-alone tables with a caption in page order.
 */
export function figureNumberScript(figures: readonly NumberedFigure[], chapter: number): string {
  const map = Object.fromEntries(figures.map((f) => [f.id, f.number]));
  return `<script>(()=>{const n=${JSON.stringify(map)};const c=${chapter};const run=()=>{for(const f of document.querySelectorAll("figure.hnl-figure[id]")){const k=n[f.id];const cap=f.querySelector("figcaption");if(!k||!cap||cap.querySelector(".hnl-fignum"))continue;const s=document.createElement("span");s.className="hnl-fignum";s.textContent="Figure "+k+". ";cap.prepend(s);}let t=0;for(const tb of document.querySelectorAll("#observablehq-main table")){if(tb.closest("figure")||!tb.caption)continue;t++;if(tb.caption.querySelector(".hnl-tabnum"))continue;const s=document.createElement("span");s.className="hnl-tabnum";s.textContent="Table "+c+"."+t+". ";tb.caption.prepend(s);}};run();new MutationObserver(run).observe(document.documentElement,{childList:true,subtree:true});})();</script>`;
}

/** An element of a chapter page that evidence may point at (a table, a section), by its id. */
export interface Anchor {
  id: string;
  chapter: number;
  href: string;
}

/**
 * Every id on the chapter pages (in the page, in the data-loader files it reads, and set by its
 * code), so evidence can point at a table as well as a figure.
 */
export function chapterAnchors(distDir: string, notebooks: readonly Notebook[]): Anchor[] {
  const out: Anchor[] = [];
  for (const [c, nb] of notebooks.entries()) {
    for (const page of nb.pages) {
      const urlPath = `/${nb.manifest.slug}/${page.path === "index" ? "" : page.path}`;
      const file = join(distDir, nb.manifest.slug, `${page.path}.html`);
      if (!existsSync(file)) continue;
      const html = readFileSync(file, "utf8");
      // Data files a page reads: HTML figures, and JSON that page code turns into tables (their
      // kebab-case "id" values; record IDs such as INDIGO-POJ-0001 are upper case and not taken).
      const texts = [
        html,
        ...[...html.matchAll(/_file\/[^"'\s]+?\.(?:html|json)/g)]
          .map((m) => join(distDir, m[0]))
          .filter(existsSync)
          .map((p) => readFileSync(p, "utf8")),
      ];
      for (const t of texts) {
        for (const m of t.matchAll(
          /\bid="([A-Za-z][\w-]*)"|\.id = "([A-Za-z][\w-]*)"|setAttribute\("id", "([A-Za-z][\w-]*)"\)|"id":\s?"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)"/g,
        )) {
          const id = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
          if (!out.some((a) => a.id === id)) out.push({ id, chapter: c + 1, href: `${urlPath}#${id}` });
        }
      }
    }
  }
  return out;
}
