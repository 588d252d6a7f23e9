/// <reference lib="dom" />
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS } from "./chromium-args.js";
import { listSitePages } from "./list-pages.js";
import { message } from "./messages.js";
import { serveSite } from "./serve-site.js";

/** What prerendering did to one page. */
export interface PrerenderedPage {
  /** Site path, e.g. /02-sdg-outcomes/. */
  page: string;
  /** Cells whose output is now in the page's HTML. */
  cells: number;
  /** Whether the page keeps its JavaScript (it has inputs a reader changes); otherwise it is plain HTML. */
  interactive: boolean;
}

export interface PrerenderOptions {
  distDir: string;
  /** Chromium to drive (Debian's by default). */
  executablePath: string;
  /**
   * A folder of cell outputs by page content: a page whose built HTML is unchanged since an
   * earlier build reuses its outputs without opening Chromium.
   */
  cacheDir?: string;
  /** Called before each page, for a progress line. */
  onPage?: (page: string, index: number, total: number) => void;
}

/**
 * Inputs that make a page interactive: a cell reading one of these changes after the page loads,
 * so the page keeps Framework's runtime (which redraws over the prerendered output).
 */
const LIVE_INPUTS = ["view", "width", "now", "resize", "Generators", "Mutable", "visibility", "invalidation"];

/**
 * Makes every page static-first: each page of the built site is opened in Chromium, its cells
 * run as they would for a reader, and what they display (numbers, sentences, figures, tables)
 * is written into the page's HTML at the cell's place. A reader without JavaScript, a printer,
 * a search index and a PDF then all see the whole page. A page with inputs keeps its JavaScript,
 * which replaces the prerendered output with a live one (Framework clears a cell's loading
 * placeholder, which now holds it); any other page drops its cell code and stays as printed.
 * A cell that fails fails the build, naming the page and the error.
 */
export async function prerenderSite(o: PrerenderOptions): Promise<PrerenderedPage[]> {
  const pages = listSitePages(o.distDir);
  let site: Awaited<ReturnType<typeof serveSite>> | null = null;
  let browser: Browser | null = null;
  let tab: Page | null = null;
  const errors: string[] = [];
  // Chromium starts only for the first page the cache does not hold.
  const openTab = async (): Promise<{ tab: Page; origin: string }> => {
    if (site === null) site = await serveSite(o.distDir);
    if (browser === null) {
      const s = site;
      // A browser that does not start must not leave the server (and the process) running.
      browser = await chromium.launch({ executablePath: o.executablePath, args: [...CHROMIUM_ARGS] }).catch(async (e: unknown) => {
        await s.close();
        site = null;
        throw e;
      });
    }
    if (tab === null) {
      tab = await browser.newPage({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: true });
      tab.on("pageerror", (e) => errors.push(e.message));
      tab.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
    }
    return { tab, origin: site.url };
  };
  const out: PrerenderedPage[] = [];
  try {
    for (const [i, page] of pages.entries()) {
      const file = join(o.distDir, page.endsWith("/") ? `${page}index.html` : `${page}.html`);
      const html = readFileSync(file, "utf8");
      if (!/\bdefine\(\{id: "/.test(html)) continue;
      o.onPage?.(page, i, pages.length);
      // The built page names every file and module it loads by a hash of its content, so the
      // page's own bytes decide what its cells display: the same page gives the same output.
      // (File times are left out: they change with every build and no cell displays them.)
      const key = createHash("sha256")
        .update(`${CACHE_RECIPE}\n${page}\n`)
        .update(html.replace(/"lastModified":\d+/g, '"lastModified":0'))
        .digest("hex");
      const cached = o.cacheDir === undefined ? undefined : join(o.cacheDir, `${key}.json`);
      let cells: { id: string; html: string }[];
      if (cached !== undefined && existsSync(cached)) {
        cells = (JSON.parse(readFileSync(cached, "utf8")) as { cells: { id: string; html: string }[] }).cells;
      } else {
        const { tab: t, origin } = await openTab();
        errors.length = 0;
        await t.goto(new URL(page.slice(1), origin).href, { waitUntil: "networkidle" });
        const collected = await t.evaluate(settleAndCollect);
        if (errors.length > 0) throw new Error(message.prerenderFailed(page, errors));
        const failed = collected.find((c) => c.error);
        if (failed !== undefined) throw new Error(message.prerenderFailed(page, [failed.html]));
        const leaked = collected.find((c) => c.html.includes(origin));
        if (leaked !== undefined) throw new Error(message.prerenderAbsoluteUrl(page, origin));
        cells = collected.map((c) => ({ id: c.id, html: c.html }));
        if (cached !== undefined) {
          mkdirSync(dirname(cached), { recursive: true });
          // Renamed into place, so a build reading the cache at the same time never sees half a file.
          writeFileSync(`${cached}.${process.pid}.partial`, JSON.stringify({ page, cells }));
          renameSync(`${cached}.${process.pid}.partial`, cached);
        }
      }
      const interactive = isInteractive(html);
      writeFileSync(file, staticPage(html, new Map(cells.map((c) => [c.id, c.html])), interactive));
      out.push({ page, cells: cells.length, interactive });
    }
  } finally {
    await (browser as Browser | null)?.close();
    await (site as Awaited<ReturnType<typeof serveSite>> | null)?.close();
  }
  return out;
}

/** Bumped when what prerendering writes changes, so older cached outputs are not reused. */
const CACHE_RECIPE = "hnl-prerender-1";

/** Whether a built page has a cell reading an input that changes after load. */
export function isInteractive(html: string): boolean {
  return [...html.matchAll(/define\(\{id: "[^"]+", (?:mode: "[^"]+", )?inputs: \[([^\]]*)\]/g)].some((m) =>
    LIVE_INPUTS.some((name) => (m[1] ?? "").includes(`"${name}"`)),
  );
}

/**
 * The page with each cell's output in place of its loading placeholder. A static page keeps the
 * output as plain HTML and loses its cell definitions (the sidebar, contents and search scripts
 * stay); an interactive page keeps the output inside the placeholder, for its runtime to replace.
 */
export function staticPage(html: string, outputs: ReadonlyMap<string, string>, interactive: boolean): string {
  // A paragraph cannot hold a figure or a table: the HTML parser would close it and push the
  // output out of the cell's placeholder (where the runtime would not find it, and would draw it
  // twice). A paragraph holding only such a cell becomes a div.
  let page = html.replace(
    /<p>((?:<observablehq-loading><\/observablehq-loading>)?<!--:([0-9a-f]{8}(?:-\d+)?):-->)<\/p>/g,
    (whole, cell: string, id: string) => (BLOCK.test(outputs.get(id) ?? "") ? `<div class="hnl-cell">${cell}</div>` : whole),
  );
  // Expression cells have a loading placeholder before their root comment; block cells only the comment.
  page = page.replace(/(?:<observablehq-loading><\/observablehq-loading>)?<!--:([0-9a-f]{8}(?:-\d+)?):-->/g, (whole, id: string) => {
    const output = outputs.get(id);
    if (output === undefined) return whole;
    // A cell that displays nothing: a static page has no runtime to clear its placeholder.
    if (output === "") return interactive ? whole : `<!--:${id}:-->`;
    return interactive
      ? `<observablehq-loading class="hnl-static">${output}</observablehq-loading><!--:${id}:-->`
      : `${output}<!--:${id}:-->`;
  });
  if (!interactive)
    page = page.replace(/<script type="module">([\s\S]*?)<\/script>/, (whole, body: string) => {
      const client = /import \{define\} from "([^"]+)";/.exec(body)?.[1];
      return client === undefined ? whole : `<script type="module">\nimport "${client}";\n</script>`;
    });
  return page;
}

/** Elements a paragraph cannot contain. */
const BLOCK = /<(?:figure|div|table|p|ul|ol|dl|h[1-6]|details|section|aside|blockquote|pre|form|hr)\b/i;

interface CellOutput {
  id: string;
  html: string;
  error: boolean;
}

/**
 * Runs in the page: waits until no cell is loading and the page has been still for half a second,
 * then returns each cell's displayed nodes as HTML, read from the runtime's record on the cell's
 * root comment (`_nodes`).
 */
async function settleAndCollect(): Promise<CellOutput[]> {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  let last = -1;
  let still = 0;
  for (let t = 0; t < 600 && still < 5; t++) {
    await sleep(100);
    const loading = document.querySelectorAll("observablehq-loading").length;
    const size = document.body.innerHTML.length;
    still = loading === 0 && size === last ? still + 1 : 0;
    last = size;
  }
  const out: CellOutput[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    const data = (node as Comment).data;
    if (!/^:[0-9a-f]{8}(?:-\d+)?:$/.test(data)) continue;
    const nodes = ((node as unknown as { _nodes?: Node[] })._nodes ?? []).filter((n) => n.isConnected);
    const html = nodes
      .map((n) => {
        if (n.nodeType === Node.ELEMENT_NODE) return (n as Element).outerHTML;
        const span = document.createElement("span");
        span.textContent = n.textContent ?? "";
        return span.innerHTML;
      })
      .join("");
    const error = nodes.some(
      (n) => n.nodeType === Node.ELEMENT_NODE && (n as Element).matches(".observablehq--error, .observablehq--error *"),
    );
    out.push({ id: data.slice(1, -1), html: error ? ((nodes[0] as Element | undefined)?.textContent ?? "") : html, error });
  }
  return out;
}
