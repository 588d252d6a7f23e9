import { relativeHref } from "./cross-references.js";
import { captionedItems } from "./figure-numbers.js";
import { unknownReferenceHtml } from "./preview-references.js";

/** A chapter of the live preview: its number in the report and its pages in reading order. */
export interface PreviewChapter {
  number: number;
  /** Framework page paths, index first: `/02-sdg-outcomes/index`, `/02-sdg-outcomes/technical-notes`. */
  pages: readonly string[];
}

/** A captioned item of a page as the preview counts it (see `captionedItems`). */
export interface CountedItem {
  kind: "figure" | "table";
  id?: string | undefined;
}

/** A figure or table number as `numberFigures` gives it, with the page it is on. */
export interface PreviewNumber {
  id: string;
  number: string;
  kind: "figure" | "table";
  /** The Framework page path of its page. */
  path: string;
  /** Its place among the captioned items of its page. */
  ordinal: number;
  hasId: boolean;
}

/**
 * Numbers a chapter's figures and tables as `numberFigures` does (in reading order across its
 * pages, figures and tables apart, a figure shown twice keeps its first number, a table without
 * an id is called `table-<chapter>-<n>`), from the items each page holds once drawn. It runs in
 * the browser too (the preview script carries its source), so it uses nothing from outside.
 *
 * @example
 * numberCaptioned(2, [{ path: "/02-x/index", items: [{ kind: "figure", id: "map" }, { kind: "table" }] }])
 * // [{ id: "map", number: "2.1", kind: "figure", ... }, { id: "table-2-1", number: "2.1", kind: "table", ... }]
 */
export function numberCaptioned(chapter: number, pages: readonly { path: string; items: readonly CountedItem[] }[]): PreviewNumber[] {
  const out: PreviewNumber[] = [];
  const count = { figure: 0, table: 0 };
  for (const page of pages) {
    for (const [ordinal, item] of page.items.entries()) {
      if (item.id !== undefined && out.some((o) => o.id === item.id)) continue;
      count[item.kind]++;
      out.push({
        id: item.id ?? `table-${chapter}-${count.table}`,
        number: `${chapter}.${count[item.kind]}`,
        kind: item.kind,
        path: page.path,
        ordinal,
        hasId: item.id !== undefined,
      });
    }
  }
  return out;
}

/**
 * The script a page of the live preview gets in its head: it numbers the page's figures and
 * tables in their captions as the build does ("Figure 2.3. ", same markup), counting the
 * chapter's earlier pages too (each drawn once in a hidden frame, as the build counts its
 * prerendered pages), and writes each `[@fig:id]` link ("Figure 2.3", or "chapter 2, <id>" for
 * another element) with a link to its page. It renumbers as cells redraw. A figure reference
 * to nothing in the preview's chapters is shown marked, as `previewReferences` marks the others.
 * A frame counting a page (`?hnl-count`) runs nothing of it.
 */
export function previewNumbersScript(o: { chapters: readonly PreviewChapter[]; path: string }): string {
  const sitePath = (p: string) => (p.endsWith("/index") ? p.slice(0, -"index".length) : p);
  const chapters = o.chapters.map((c) => ({
    number: c.number,
    pages: c.pages.map((p) => ({ path: p, href: relativeHref(o.path, sitePath(p)) })),
  }));
  const unknown = unknownReferenceHtml("figure", "\u0001");
  const config = JSON.stringify({ chapters, here: o.path, unknown }).replace(/</g, "\\u003c");
  return `<script>(()=>{
if (new URLSearchParams(location.search).has("hnl-count")) return;
const captionedItems = ${captionedItems.toString()};
const numberCaptioned = ${numberCaptioned.toString()};
const {chapters, here, unknown} = ${config};
const blank = (h) => h.replace(/(<(script|style)\\b[^>]*>)([\\s\\S]*?)(<\\/\\2>)/gi, (_m, a, _t, b, c) => a + " ".repeat(b.length) + c);
const scan = (doc) => {
  const root = doc.getElementById("observablehq-main") || doc.body;
  if (!root) return {items: [], ids: [], els: []};
  const html = root.innerHTML;
  const found = captionedItems(html);
  const ends = [...blank(html).matchAll(/<(?:fig)?caption\\b[^>]*>/gi)].map((m) => m.index + m[0].length);
  const caps = root.querySelectorAll("figcaption, caption");
  const ids = [...root.querySelectorAll("[id]")].map((e) => e.id).filter((id) => /^[A-Za-z][\\w-]*$/.test(id) && !id.startsWith("observablehq"));
  return {items: found.map((i) => ({kind: i.kind, id: i.id})), ids, els: found.map((i) => caps[ends.indexOf(i.captionAt)] || null)};
};
const counts = new Map();
const count = (page) => {
  if (!counts.has(page.path)) counts.set(page.path, new Promise((resolve) => {
    const f = document.createElement("iframe");
    f.setAttribute("aria-hidden", "true");
    f.tabIndex = -1;
    f.style.cssText = "position:absolute;left:-10000px;top:0;width:1280px;height:900px;border:0;visibility:hidden";
    f.src = page.href + "?hnl-count";
    let last = null, stable = 0;
    const t0 = Date.now();
    const poll = () => {
      const doc = f.contentDocument;
      const s = doc && doc.readyState === "complete" && !doc.querySelector("observablehq-loading") ? scan(doc) : null;
      const sig = s && JSON.stringify([s.items, s.ids]);
      stable = sig !== null && sig === last ? stable + 1 : 0;
      last = sig;
      if (stable >= 3 || Date.now() - t0 > 30000) { f.remove(); resolve(s || {items: [], ids: []}); }
      else setTimeout(poll, 250);
    };
    f.addEventListener("load", poll, {once: true});
    document.body.append(f);
  }));
  return counts.get(page.path);
};
const label = (n) => (n.kind === "figure" ? "Figure " : "Table ") + n.number;
const number = (n, el) => {
  if (!el) return;
  const cls = n.kind === "figure" ? "hnl-fignum" : "hnl-tabnum";
  const first = el.firstChild;
  let span = first && first.nodeType === 1 && first.classList.contains(cls) ? first : null;
  if (!span) { span = document.createElement("span"); span.className = cls; el.prepend(span); }
  if (span.textContent !== label(n) + ". ") span.textContent = label(n) + ". ";
  const table = n.kind === "table" && !n.hasId ? el.closest("table") : null;
  if (table && !table.id) table.id = n.id;
};
const hrefOf = (path) => path === here ? "" : chapters.flatMap((c) => c.pages).find((p) => p.path === path).href;
const run = async () => {
  const mine = chapters.find((c) => c.pages.some((p) => p.path === here));
  const targets = new Map();
  const refs = () => [...document.querySelectorAll("a[data-hnl-figure]")];
  const chapterTargets = async (c, all) => {
    const end = all ? c.pages.length : c.pages.findIndex((p) => p.path === here) + 1;
    const pages = [];
    for (const p of c.pages.slice(0, end)) pages.push({path: p.path, ...(p.path === here ? scan(document) : await count(p))});
    for (const p of pages) for (const id of p.ids) if (!targets.has(id)) targets.set(id, {text: "chapter " + c.number + ", " + id.replaceAll("-", " "), href: hrefOf(p.path) + "#" + id});
    const numbers = numberCaptioned(c.number, pages);
    for (const n of numbers) targets.set(n.id, {text: label(n), href: hrefOf(n.path) + "#" + n.id});
    return {pages, numbers};
  };
  if (mine) {
    const {pages, numbers} = await chapterTargets(mine, false);
    const page = pages[pages.length - 1];
    for (const n of numbers) if (n.path === here) number(n, page.els[n.ordinal]);
  }
  for (const c of chapters) {
    if (refs().every((a) => targets.has(a.dataset.hnlFigure))) break;
    await chapterTargets(c, true);
  }
  for (const a of refs()) {
    const t = targets.get(a.dataset.hnlFigure);
    if (!t) {
      // Marked only once every cell has drawn: the figure may still be on its way.
      if (!document.querySelector("observablehq-loading") && !a.querySelector(".hnl-ref-unknown")) a.innerHTML = unknown.replace(/\\u0001/g, a.dataset.hnlFigure);
      continue;
    }
    if (a.textContent !== t.text) a.textContent = t.text;
    if (a.getAttribute("href") !== t.href) a.setAttribute("href", t.href);
  }
};
let timer = 0, running = false, again = false;
const schedule = () => { clearTimeout(timer); timer = setTimeout(go, 100); };
const go = async () => {
  if (running) { again = true; return; }
  running = true;
  try { await run(); } catch (e) { console.error("hnl preview numbers:", e); }
  running = false;
  if (again) { again = false; schedule(); }
};
const start = () => { schedule(); new MutationObserver(schedule).observe(document.body, {childList: true, subtree: true, characterData: true}); };
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start); else start();
})();</script>`;
}
