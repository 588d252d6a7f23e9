// Benchmark: the bytes each report page ships, measured in Chromium, against a reference page built
// the plain way (bench/page-weight: a stock Framework page drawing the same chart in the browser
// with vega-embed and Plot). Every response of a page load is counted, gzipped here at level 6
// (what a typical static host sends); JavaScript is every response whose type is JavaScript.
// Goal: at most 0.2x the reference's JavaScript and total bytes, for static pages (pages that run
// no script beyond Framework's own runtime). Pages with an interactive figure are listed too.
import { spawnSync } from "node:child_process";
import { delimiter, join } from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS, listSitePages, serveSite } from "@hnl/report";
import { chromium } from "playwright-core";
import { buildSite } from "./build-site.mjs";
import { median } from "./median.mjs";

const here = new URL(".", import.meta.url).pathname;
const root = join(here, "..");
const reference = join(here, "page-weight");

function buildReference() {
  const env = { ...process.env, PATH: [join(here, "node_modules", ".bin"), process.env.PATH].join(delimiter) };
  const r = spawnSync(join(here, "node_modules", ".bin", "observable"), ["build"], { cwd: reference, env, encoding: "utf8" });
  if (r.status !== 0)
    throw new Error(
      `The reference page did not build (exit ${r.status}):\n${`${r.stdout}\n${r.stderr}`.trim().split("\n").slice(-20).join("\n")}`,
    );
}

/** Loads one page and sums what it fetched: bytes as sent and gzipped, JavaScript and all. */
async function weigh(browser, origin, path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const responses = [];
  const errors = [];
  page.on("response", (r) => responses.push(r));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("requestfailed", (r) => errors.push(`${r.url()} failed`));
  await page.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  await page.goto(new URL(path, origin).href, { waitUntil: "networkidle" });
  // A page that failed to draw would weigh less than one that works: a broken page is no figure.
  const charts = await page.locator("svg").count();
  if (errors.length > 0) throw new Error(`${path} did not load cleanly: ${errors.join("; ")}`);
  const w = { jsBytes: 0, jsGzip: 0, totalBytes: 0, totalGzip: 0, requests: 0, pageScripts: 0, svgs: charts };
  for (const r of responses) {
    const body = await r.body().catch(() => Buffer.alloc(0));
    const gz = gzipSync(body, { level: 6 }).length;
    const js = /javascript/.test(r.headers()["content-type"] ?? "") || /\.m?js$/.test(new URL(r.url()).pathname);
    w.requests++;
    w.totalBytes += body.length;
    w.totalGzip += gz;
    if (js) {
      w.jsBytes += body.length;
      w.jsGzip += gz;
      if (!new URL(r.url()).pathname.startsWith("/_observablehq/")) w.pageScripts++;
    }
  }
  await page.close();
  return w;
}

async function weighSite(browser, dist, paths, runs) {
  const site = await serveSite(dist);
  try {
    const out = {};
    for (const p of paths) {
      const ws = [];
      for (let i = 0; i < runs; i++) ws.push(await weigh(browser, site.url, p));
      out[p] = Object.fromEntries(Object.keys(ws[0]).map((k) => [k, median(ws.map((w) => w[k]))]));
    }
    return out;
  } finally {
    await site.close();
  }
}

export async function benchPageWeight({ runs = 3 } = {}) {
  buildSite();
  buildReference();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS],
  });
  try {
    const ref = (await weighSite(browser, join(reference, "dist"), ["/"], runs))["/"];
    // The reference draws the chart twice, with vega-embed and with Plot (each an SVG, Plot's legend aside).
    if (ref.svgs < 2) throw new Error(`The reference page drew ${ref.svgs} SVG charts, not 2: see bench/page-weight/src/index.md.`);
    const dist = join(root, "reports", "dist");
    const pages = await weighSite(browser, dist, listSitePages(dist), runs);
    const rows = Object.entries(pages).map(([path, w]) => ({
      path,
      static: w.pageScripts === 0,
      ...w,
      jsRatio: w.jsGzip / ref.jsGzip,
      totalRatio: w.totalGzip / ref.totalGzip,
    }));
    const statics = rows.filter((r) => r.static);
    const worst = (k) => statics.reduce((a, b) => (b[k] > a[k] ? b : a));
    const worstJs = worst("jsRatio");
    const worstTotal = worst("totalRatio");
    const common = { runs, unit: "bytes gzip", reference: ref, pages: rows, staticPages: statics.length, allPages: rows.length };
    return [
      {
        name: "JS shipped, heaviest static page vs reference page",
        ...common,
        page: worstJs.path,
        ours: worstJs.jsGzip,
        baseline: ref.jsGzip,
        ratio: worstJs.jsRatio,
        goal: 0.2,
      },
      {
        name: "total shipped, heaviest static page vs reference",
        ...common,
        page: worstTotal.path,
        ours: worstTotal.totalGzip,
        baseline: ref.totalGzip,
        ratio: worstTotal.totalRatio,
        goal: 0.2,
      },
    ];
  } finally {
    await browser.close();
  }
}
