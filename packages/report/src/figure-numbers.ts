import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Notebook } from "./discover-notebooks.js";

/** A numbered figure or table: its chapter number and where it is. */
export interface NumberedFigure {
  id: string;
  /** "2.3": the third figure of chapter 2 (figures and tables are counted apart). */
  number: string;
  /** Site path of its page with the anchor, e.g. /02-sdg-outcomes/#sdg-sankey. */
  href: string;
  kind: "figure" | "table";
  /** Its place among the captioned items of its page (see `captionedItems`). */
  ordinal: number;
  /** Whether the page gave it its id (a table without one gets `table-<chapter>-<n>`). */
  hasId: boolean;
}

/** A captioned item of a page, with where its number and id go. */
export interface CaptionedItem {
  kind: "figure" | "table";
  id: string | undefined;
  /** Just after the opening tag of its caption (`<figcaption>` or `<caption>`): where the number goes. */
  captionAt: number;
  /** Just after `<table` (tables only): where a missing id goes. */
  tableAt: number;
}

/** The built page file of a site path. */
function pageFile(distDir: string, slug: string, path: string): string {
  return join(distDir, slug, `${path}.html`);
}

/**
 * Every captioned figure (`figure.hnl-figure` with a figcaption) and every captioned table outside
 * a figure, in the order a reader meets them in a page's HTML (pages are prerendered, so figures
 * drawn by page code are there too). A figure's own data table does not count.
 */
export function captionedItems(page: string): CaptionedItem[] {
  // Code may hold "<figure>" in a string or comment: scripts and styles are blanked out first,
  // keeping every offset.
  const html = page.replace(
    /(<(script|style)\b[^>]*>)([\s\S]*?)(<\/\2>)/gi,
    (_m, open: string, _t, body: string, close: string) => open + " ".repeat(body.length) + close,
  );
  const out: CaptionedItem[] = [];
  let depth = 0;
  let figureId: string | undefined | null = null;
  let table: { at: number; id: string | undefined } | undefined;
  for (const m of html.matchAll(/<figure\b([^>]*)>|<\/figure>|<table\b([^>]*)>|<caption\b[^>]*>|<figcaption\b[^>]*>/g)) {
    const tag = m[0];
    const end = (m.index ?? 0) + tag.length;
    if (tag.startsWith("<figure")) {
      depth++;
      if (depth === 1 && /\bclass="[^"]*\bhnl-figure\b/.test(m[1] ?? "")) figureId = /\bid="([^"]+)"/.exec(m[1] ?? "")?.[1];
    } else if (tag === "</figure>") depth = Math.max(0, depth - 1);
    else if (tag.startsWith("<figcaption")) {
      if (figureId !== null && depth === 1) out.push({ kind: "figure", id: figureId, captionAt: end, tableAt: -1 });
      figureId = null;
    } else if (tag.startsWith("<table")) table = { at: (m.index ?? 0) + "<table".length, id: /\bid="([^"]+)"/.exec(m[2] ?? "")?.[1] };
    else if (depth === 0 && table !== undefined) {
      out.push({ kind: "table", id: table.id, captionAt: end, tableAt: table.at });
      table = undefined;
    }
  }
  return out;
}

/**
 * Numbers the figures and the tables of every chapter in reading order (Figure 2.3 is the third
 * figure of chapter 2 across its pages, Table 2.1 its first captioned table), each once, with no
 * gaps, from the built (prerendered) pages.
 */
export function numberFigures(distDir: string, notebooks: readonly Notebook[]): NumberedFigure[] {
  const out: NumberedFigure[] = [];
  for (const [c, nb] of notebooks.entries()) {
    const count = { figure: 0, table: 0 };
    for (const page of nb.pages) {
      const urlPath = `/${nb.manifest.slug}/${page.path === "index" ? "" : page.path}`;
      const file = pageFile(distDir, nb.manifest.slug, page.path);
      if (!existsSync(file)) continue;
      for (const [ordinal, item] of captionedItems(readFileSync(file, "utf8")).entries()) {
        // The same figure shown twice keeps its first number.
        if (item.id !== undefined && out.some((o) => o.id === item.id)) continue;
        count[item.kind]++;
        const id = item.id ?? `table-${c + 1}-${count.table}`;
        out.push({
          id,
          number: `${c + 1}.${count[item.kind]}`,
          href: `${urlPath}#${id}`,
          kind: item.kind,
          ordinal,
          hasId: item.id !== undefined,
        });
      }
    }
  }
  return out;
}

/**
 * A page with its figure and table numbers written into their captions ("Figure 2.3. ..."), as
 * `numberFigures` counted them (pass the numbers of this page); a table without an id gets the
 * one it was given, so evidence and the contents can link to it.
 */
export function applyNumbers(html: string, numbers: readonly NumberedFigure[]): string {
  const items = captionedItems(html);
  const edits: { at: number; text: string }[] = [];
  for (const n of numbers) {
    const item = items[n.ordinal];
    if (item === undefined || item.kind !== n.kind) continue;
    if (html.startsWith('<span class="hnl-fignum"', item.captionAt) || html.startsWith('<span class="hnl-tabnum"', item.captionAt))
      continue;
    const label = n.kind === "figure" ? "Figure" : "Table";
    edits.push({
      at: item.captionAt,
      text: `<span class="hnl-${n.kind === "figure" ? "fignum" : "tabnum"}">${label} ${n.number}. </span>`,
    });
    if (n.kind === "table" && !n.hasId) edits.push({ at: item.tableAt, text: ` id="${n.id}"` });
  }
  let result = html;
  for (const e of edits.sort((a, b) => b.at - a.at)) result = result.slice(0, e.at) + e.text + result.slice(e.at);
  return result;
}

/**
 * The script an interactive chapter page gets (its runtime redraws cells, captions included): it
 * writes the same numbers into captions drawn after load.
 */
export function figureNumberScript(figures: readonly NumberedFigure[]): string {
  const of = (kind: "figure" | "table") => Object.fromEntries(figures.filter((f) => f.kind === kind).map((f) => [f.id, f.number]));
  // Figures by their id, tables by theirs (a table the page drew must carry an id to keep its number).
  return `<script>(()=>{const n={figure:${JSON.stringify(of("figure"))},table:${JSON.stringify(of("table"))}};const put=(sel,kind,cls,word)=>{for(const e of document.querySelectorAll(sel)){const k=n[kind][e.id];const cap=e.querySelector(kind==="figure"?"figcaption":"caption");if(!k||!cap||cap.querySelector("."+cls))continue;const s=document.createElement("span");s.className=cls;s.textContent=word+" "+k+". ";cap.prepend(s);}};const run=()=>{put("figure.hnl-figure[id]","figure","hnl-fignum","Figure");put("table[id]","table","hnl-tabnum","Table");};run();new MutationObserver(run).observe(document.documentElement,{childList:true,subtree:true});})();</script>`;
}

/** An element of a chapter page that evidence may point at (a table, a section), by its id. */
export interface Anchor {
  id: string;
  chapter: number;
  href: string;
}

/**
 * Every id on the chapter pages (prerendered, so ids set by page code are in the HTML), so
 * evidence can point at a table or a section as well as a figure.
 */
export function chapterAnchors(distDir: string, notebooks: readonly Notebook[]): Anchor[] {
  const out: Anchor[] = [];
  for (const [c, nb] of notebooks.entries()) {
    for (const page of nb.pages) {
      const urlPath = `/${nb.manifest.slug}/${page.path === "index" ? "" : page.path}`;
      const file = pageFile(distDir, nb.manifest.slug, page.path);
      if (!existsSync(file)) continue;
      const html = readFileSync(file, "utf8").replace(/<script\b[\s\S]*?<\/script>/g, "");
      for (const m of html.matchAll(/\bid="([A-Za-z][\w-]*)"/g)) {
        const id = m[1] ?? "";
        if (id.startsWith("observablehq")) continue;
        if (!out.some((a) => a.id === id)) out.push({ id, chapter: c + 1, href: `${urlPath}#${id}` });
      }
    }
  }
  return out;
}
