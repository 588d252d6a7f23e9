// Can a reader read every page anywhere: on a phone and a desktop, without JavaScript, in print,
// and from a plain static file server? Each measure of issue 14 is taken on every page of the
// real report, in Chromium, and fails past its goal.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { listSitePages, reportStructure, type ServedSite, serveSite, zipSite } from "@hnl/report";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.js";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const pages = listSitePages(dist);
const chapters = reportStructure(repoRoot).notebooks;
const fileOf = (path: string) => (path.endsWith("/") ? `${path}index.html` : `${path}.html`);
const chapterPages = chapters.flatMap((nb) =>
  nb.pages.map((p) => ({ nb, path: `/${nb.manifest.slug}/${p.path === "index" ? "" : p.path}` })),
);

let site: ServedSite;
let plain: ServedSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite(dist);
  plain = await serveSite(dist, 0, "127.0.0.1", true);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await plain?.close();
});

/** Opens a page and waits until its cells (if it keeps any) have drawn. */
async function open(path: string, o: { width: number; javaScript?: boolean; print?: boolean }): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: o.width, height: 900 },
    deviceScaleFactor: 1,
    javaScriptEnabled: o.javaScript ?? true,
  });
  const page = await context.newPage();
  if (o.print === true) await page.emulateMedia({ media: "print" });
  await page.goto(new URL(fileOf(path).slice(1), site.url).href, { waitUntil: "networkidle" });
  if (o.javaScript !== false)
    await page.waitForFunction(() => document.querySelectorAll("observablehq-loading:not(.hnl-static)").length === 0);
  return page;
}

interface ChartText {
  /** Chart text drawn under 10 CSS px. */
  small: string[];
  /** Chart labels cut with an ellipsis. */
  cut: string[];
  /** Pairs of chart texts whose boxes overlap. */
  overlaps: string[];
}

/** Every visible text of every chart on the page: its drawn size, whether it was cut, and overlaps. */
function measureChartText(page: Page): Promise<ChartText> {
  return page.evaluate(() => {
    const out = { small: [] as string[], cut: [] as string[], overlaps: [] as string[] };
    for (const svg of Array.from(document.querySelectorAll("#observablehq-main svg"))) {
      // Each visible text with its drawn size, direction (slanted labels) and extent.
      const items: { text: string; r: DOMRect; size: number; angle: number; x: number; y: number; length: number }[] = [];
      for (const t of Array.from(svg.querySelectorAll("text"))) {
        const r = t.getBoundingClientRect();
        const style = getComputedStyle(t);
        const text = (t.textContent ?? "").trim();
        if (text === "" || r.width === 0 || r.height === 0 || style.visibility === "hidden" || Number(style.opacity) === 0) continue;
        if (t.closest('[opacity="0"]') !== null) continue;
        const m = t.getScreenCTM();
        const scale = m === null ? 1 : Math.hypot(m.a, m.b);
        const size = Number.parseFloat(style.fontSize) * scale;
        if (size < 9.95) out.small.push(`${text} (${size.toFixed(1)} px)`);
        if (text.endsWith("…")) out.cut.push(text);
        const angle = m === null ? 0 : Math.round((Math.atan2(m.b, m.a) * 180) / Math.PI);
        items.push({ text, r, size, angle, x: r.left + r.width / 2, y: r.top + r.height / 2, length: t.getComputedTextLength() * scale });
      }
      for (let i = 0; i < items.length; i++)
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i];
          const b = items[j];
          if (a === undefined || b === undefined) continue;
          if (a.angle === 0 && b.angle === 0) {
            const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
            const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
            // More than a couple of pixels both ways: glyphs on glyphs, not touching boxes.
            if (w > 2 && h > 3) out.overlaps.push(`"${a.text}" / "${b.text}"`);
          } else if (a.angle === b.angle) {
            // Slanted labels side by side: apart across their direction by less than a line of text?
            const rad = (a.angle * Math.PI) / 180;
            const dx = b.x - a.x;
            const dy = b.y - a.y;
            const across = Math.abs(-dx * Math.sin(rad) + dy * Math.cos(rad));
            const along = Math.abs(dx * Math.cos(rad) + dy * Math.sin(rad));
            if (across < 0.8 * Math.min(a.size, b.size) && along < (a.length + b.length) / 2)
              out.overlaps.push(`"${a.text}" / "${b.text}"`);
          }
        }
    }
    return out;
  });
}

describe("figures and pages a reader can read anywhere", () => {
  for (const path of pages) {
    for (const width of [390, 1280]) {
      it(`${path} at ${width} px: no chart text under 10 px, none cut, none overlapping; no table column off screen`, async () => {
        const page = await open(path, { width });
        const text = await measureChartText(page);
        const cutCells = await page.evaluate(() =>
          Array.from(document.querySelectorAll("#observablehq-main td, #observablehq-main th"))
            .map((c) => (c.textContent ?? "").trim())
            .filter((t) => t.endsWith("…")),
        );
        // Every visible table cell within the screen: a wide table reflows on a phone.
        const offScreen = await page.evaluate(() =>
          Array.from(document.querySelectorAll("#observablehq-main td"))
            .filter((c) => c.getClientRects().length > 0 && c.getBoundingClientRect().right > window.innerWidth + 1)
            .map((c) => (c.textContent ?? "").trim().slice(0, 40)),
        );
        await page.context().close();
        expect(text.small, "chart text under 10 CSS px").toEqual([]);
        expect([...text.cut, ...cutCells], "labels cut with an ellipsis").toEqual([]);
        expect(text.overlaps, "chart texts overlapping").toEqual([]);
        expect(offScreen.slice(0, 10), "table cells off screen").toEqual([]);
      });
    }
  }

  for (const nb of chapters) {
    it(`chapter ${nb.manifest.slug}: figures and tables numbered in reading order, each once, no gaps`, async () => {
      const seen: { figure: string[]; table: string[] } = { figure: [], table: [] };
      for (const { path } of chapterPages.filter((p) => p.nb === nb)) {
        const page = await open(path, { width: 1280 });
        const numbers = await page.evaluate(() =>
          Array.from(document.querySelectorAll("#observablehq-main .hnl-fignum, #observablehq-main .hnl-tabnum")).map((s) =>
            (s.textContent ?? "").trim(),
          ),
        );
        // Every figure and every captioned table outside a figure carries its number.
        const items = await page.evaluate(
          () =>
            document.querySelectorAll("#observablehq-main figure.hnl-figure").length +
            Array.from(document.querySelectorAll<HTMLTableElement>("#observablehq-main table")).filter(
              (t) => t.caption !== null && t.closest("figure") === null,
            ).length,
        );
        await page.context().close();
        expect(numbers.length, path).toBe(items);
        for (const n of numbers) {
          const m = /^(Figure|Table) (\d+\.\d+)\.$/.exec(n);
          expect(m, n).not.toBeNull();
          seen[m?.[1] === "Figure" ? "figure" : "table"].push(m?.[2] ?? "");
        }
      }
      const c = chapters.indexOf(nb) + 1;
      expect(seen.figure).toEqual(seen.figure.map((_, i) => `${c}.${i + 1}`));
      expect(seen.table).toEqual(seen.table.map((_, i) => `${c}.${i + 1}`));
    });
  }

  for (const { path } of chapterPages) {
    it(`${path} without JavaScript: at least 95% of its words, every figure drawn`, async () => {
      const words = (p: Page) =>
        p.evaluate(
          () =>
            (document.querySelector("#observablehq-main") as HTMLElement | null)?.innerText.split(/\s+/).filter((w) => w !== "").length ??
            0,
        );
      const on = await open(path, { width: 1280 });
      const withJs = await words(on);
      const figuresWithJs = await on.locator("figure.hnl-figure").count();
      await on.context().close();
      const off = await open(path, { width: 1280, javaScript: false });
      const withoutJs = await words(off);
      const drawn = await off
        .locator("figure.hnl-figure .hnl-layout-wide svg, figure.hnl-figure .hnl-chart:not(.hnl-layout-narrow) svg")
        .count();
      const loading = await off.locator("observablehq-loading:not(.hnl-static)").count();
      await off.context().close();
      expect(withoutJs / withJs, `${withoutJs} of ${withJs} words`).toBeGreaterThanOrEqual(0.95);
      expect(drawn).toBeGreaterThanOrEqual(figuresWithJs);
      expect(loading, "cells left loading").toBe(0);
    });
  }

  it("search finds what the page code writes: Kenya in chapter 1", async () => {
    const page = await open("/01-pipeline/", { width: 1280 });
    await page.locator("#observablehq-search input").fill("Kenya");
    const results = page.locator("#observablehq-search-results a");
    await results.first().waitFor();
    const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
    await page.context().close();
    expect(hrefs.some((h) => h.includes("01-pipeline/index.html"))).toBe(true);
  });

  it("the Sankey of chapter 2 shows goals and targets in three titled columns, its labels apart", async () => {
    const page = await open("/02-sdg-outcomes/", { width: 1280 });
    await page.locator("select[aria-label='Show']").selectOption("SDG goals and targets");
    const sankey = page.locator("#sdg-sankey");
    await sankey.locator("figcaption", { hasText: "goal and target" }).waitFor();
    const heads = await sankey.locator(".hnl-layout-wide svg > text").allTextContents();
    const text = await measureChartText(page);
    await page.context().close();
    expect(heads).toEqual(["Policy sector", "SDG goal", "SDG target"]);
    expect(text.overlaps).toEqual([]);
    expect(text.small).toEqual([]);
  });

  it("every internal link and anchor resolves on a plain static file server (no rewrite rules)", async () => {
    const broken: string[] = [];
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of pages) {
      const url = new URL(fileOf(path).slice(1), plain.url).href;
      const res = await page.goto(url);
      expect(res?.status(), url).toBe(200);
      const links = await page.evaluate(() => Array.from(document.querySelectorAll("a[href]")).map((a) => (a as HTMLAnchorElement).href));
      for (const href of new Set(links.filter((h) => h.startsWith(plain.url)))) {
        const target = new URL(href);
        const r = await fetch(`${target.origin}${target.pathname}`);
        if (r.status !== 200) {
          broken.push(`${path} → ${target.pathname} (HTTP ${r.status})`);
          continue;
        }
        if (target.hash !== "" && /\.html$/.test(target.pathname)) {
          const id = decodeURIComponent(target.hash.slice(1));
          const html = await r.text();
          if (!html.includes(`id="${id}"`)) broken.push(`${path} → ${target.pathname}${target.hash} (no such anchor)`);
        }
      }
    }
    await context.close();
    expect(broken).toEqual([]);
  });

  it("works unpacked from its zip behind a plain static server: every page and every link it holds", async () => {
    const scratch = mkdtempSync(join(tmpdir(), "hnl-zip-"));
    const zip = zipSite(dist, join(scratch, "site.zip"), "indigo-report");
    const unpacked = join(scratch, "out");
    for (const [name, bytes] of Object.entries(unzipSync(readFileSync(zip.file)))) {
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), bytes);
    }
    const served = await serveSite(join(unpacked, "indigo-report"), 0, "127.0.0.1", true);
    const broken: string[] = [];
    for (const path of pages) {
      const url = new URL(fileOf(path).slice(1), served.url).href;
      const res = await fetch(url);
      if (res.status !== 200) broken.push(`${path} (HTTP ${res.status})`);
      const html = await res.text();
      for (const m of html.matchAll(/<a [^>]*href="([^"#]+)[^"]*"/g)) {
        const href = m[1] ?? "";
        if (/^(https?:|mailto:|data:)/.test(href)) continue;
        const target = new URL(href, url).href;
        if ((await fetch(target)).status !== 200) broken.push(`${path} → ${href}`);
      }
    }
    await served.close();
    expect(zip.files).toBeGreaterThan(pages.length);
    expect([...new Set(broken)]).toEqual([]);
  });

  for (const path of pages.filter((p) => readFileSync(join(dist, fileOf(p)), "utf8").includes("<table"))) {
    it(`${path} in print: every table prints whole (no clipping box, header repeated)`, async () => {
      const page = await open(path, { width: 794, print: true });
      const problems = await page.evaluate(() => {
        const out: string[] = [];
        for (const t of Array.from(document.querySelectorAll("#observablehq-main table"))) {
          if (t.getClientRects().length === 0) continue;
          for (let e = t.parentElement; e !== null && e.id !== "observablehq-main"; e = e.parentElement) {
            const s = getComputedStyle(e);
            if (
              (s.overflowY !== "visible" && e.scrollHeight > e.clientHeight + 1) ||
              (s.overflowX !== "visible" && e.scrollWidth > e.clientWidth + 1)
            )
              out.push(
                `${t.querySelector("caption")?.textContent?.slice(0, 50) ?? "table"}: clipped by ${e.tagName.toLowerCase()}.${e.className}`,
              );
          }
          const head = t.querySelector("thead");
          if (head !== null && getComputedStyle(head).display !== "table-header-group") out.push("header does not repeat");
        }
        return out;
      });
      await page.context().close();
      expect(problems).toEqual([]);
    });
  }

  it("every figure's CSV holds raw values: numbers as numbers, no formatted counts, shares or intervals in text", () => {
    const bad: string[] = [];
    for (const path of pages) {
      const html = readFileSync(join(dist, fileOf(path)), "utf8");
      for (const m of html.matchAll(/<a download="([^"]+\.csv)" href="data:text\/csv;charset=utf-8,([^"]+)"/g)) {
        const csv = decodeURIComponent((m[2] ?? "").replace(/&amp;/g, "&"));
        const rows = parse(csv, { columns: true }) as Record<string, string>[];
        for (const row of rows)
          for (const [column, value] of Object.entries(row))
            if (/\d+ of \d+|\(n ?= ?\d|\d%|95% CI|^\d{1,3}(,\d{3})+$/.test(value)) bad.push(`${path} ${m[1]} ${column}: "${value}"`);
      }
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
