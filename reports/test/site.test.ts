import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { collectFindings, listSitePages, reportStructure, type ServedSite, serveSite } from "@hnl/report";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, screenshotDir, watchPage } from "./browser.js";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const axeSource = readFileSync(fileURLToPath(import.meta.resolve("axe-core/axe.min.js")), "utf8");
const pages = listSitePages(dist);
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const chapters = reportStructure(repoRoot).notebooks;
const findings = collectFindings(repoRoot, chapters);
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

let site: ServedSite;
let browser: Browser;

beforeAll(async () => {
  site = await serveSite(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe("the built report site in Chromium", () => {
  it("has the home page, every chapter, the learning chapter, methods and the appendices", () => {
    expect(pages).toEqual(
      expect.arrayContaining([
        "/",
        "/summary",
        "/02-sdg-outcomes/",
        "/learning",
        "/methods",
        "/appendix/data-dictionary",
        "/appendix/typology",
        "/appendix/sources",
        "/appendix/freshness",
        "/appendix/references",
      ]),
    );
    for (const nb of chapters) expect(pages).toContain(`/${nb.manifest.slug}/`);
  });

  it("lists in the learning chapter the findings of every challenge notebook", () => {
    const learning = readFileSync(join(dist, "learning.html"), "utf8");
    for (const c of findings) for (const f of c.findings) expect(learning, f.id).toContain(`id="${f.id}"`);
    expect(findings.filter((c) => c.findings.length > 0).length).toBeGreaterThanOrEqual(2);
  });

  it("has no broken internal link: every link leads to a page that exists, and every anchor to an element", async () => {
    const page = await browser.newPage();
    const broken: string[] = [];
    for (const path of pages) {
      await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: "networkidle" });
      const links = await page.evaluate(() =>
        Array.from(document.querySelectorAll("#observablehq-main a[href], #observablehq-sidebar a[href]")).map(
          (a) => (a as HTMLAnchorElement).href,
        ),
      );
      for (const href of links.filter((h) => h.startsWith(site.url))) {
        const url = new URL(href);
        const res = await fetch(`${url.origin}${url.pathname}`);
        if (res.status !== 200) broken.push(`${path} → ${url.pathname} (HTTP ${res.status})`);
        else if (url.hash && url.pathname !== new URL(path.slice(1), site.url).pathname) {
          const html = await res.text();
          const id = decodeURIComponent(url.hash.slice(1));
          // Figures appear with their data: look in the page and in the data files it reads.
          const files = [...html.matchAll(/_file\/[^"']+?\.(?:html|json)/g)].map((m) => m[0]);
          const texts = [
            html,
            ...(await Promise.all(files.map(async (f) => (await fetch(new URL(f, site.url)).catch(() => null))?.text() ?? ""))),
          ];
          // An id set in markup, in an HTML string inside JSON, or by the page's code.
          const forms = [`id="${id}"`, `id=\\"${id}\\"`, `fig.id = "${id}"`, `"id":"${id}"`, `"id": "${id}"`, `id=${id}`];
          if (!texts.some((t) => forms.some((f) => t.includes(f)))) broken.push(`${path} → ${url.pathname}${url.hash} (no such anchor)`);
        }
      }
    }
    await page.close();
    expect(broken).toEqual([]);
  });

  for (const path of pages) {
    for (const [device, viewport] of Object.entries(viewports)) {
      it(`${path} on a ${device}: no console error, no failed or outside request, readable, accessible`, async () => {
        const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
        const page = await context.newPage();
        const problems = await watchPage(page, site.url.replace(/\/$/, ""));
        await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: "networkidle" });
        const name = `${path === "/" ? "home" : path.replace(/^\/|\/$/g, "").replaceAll("/", "__")}-${device}.png`;
        await page.screenshot({ path: join(screenshotDir(), name), fullPage: true });
        // Every figure is a chart with marks (or a diagram with shapes), not an empty frame, and in
        // a chapter it is numbered.
        const chapter = chapters.some((nb) => path.startsWith(`/${nb.manifest.slug}/`));
        for (const fig of await page.locator("figure.hnl-figure").all()) {
          expect(await fig.locator("svg .role-mark > *, svg.hnl-diagram :is(rect, line, path, polygon)").count()).toBeGreaterThan(0);
          expect(await fig.locator("a[download]").count()).toBe(1);
          if (chapter) expect(await fig.locator("figcaption .hnl-fignum").innerText()).toMatch(/^Figure \d+\.\d+\. $/);
        }
        // Nothing wider than the screen: no sideways scrolling on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
        expect(await page.getAttribute("#observablehq-sidebar-toggle", "aria-label")).toBe("Toggle sidebar");
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run: (
                  ctx: unknown,
                  opts: unknown,
                ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe;
          // Framework's sidebar toggle sits outside every landmark by design (its CSS needs it
          // there); it is named by the HTML fixes, and checked below.
          const result = await axe.run({ exclude: [["#observablehq-sidebar-toggle"]] }, { resultTypes: ["violations"] });
          return result.violations.map(
            (v) =>
              `${v.id} (${v.impact}): ${v.nodes
                .map((n) => n.target.join(" "))
                .slice(0, 3)
                .join(", ")}`,
          );
        });
        await context.close();
        expect(problems).toEqual({ consoleErrors: [], failedRequests: [], outsideRequests: [] });
        expect(violations).toEqual([]);
      });
    }
  }

  it("shows the real INDIGO numbers on the notebook page: 320 projects in 42 countries", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("02-sdg-outcomes/", site.url).href, { waitUntil: "networkidle" });
    const text = await page.locator("main").textContent();
    expect(text).toContain("320 projects");
    expect(text).toMatch(/deliver their\s+services in 42 countries/);
    const countries = page.locator("#projects-by-country details.hnl-table table tbody tr");
    expect(await countries.count()).toBe(42);
    // The data table opens from its summary, and its first row is the largest country.
    await page.locator("#projects-by-country summary").click();
    await countries.first().waitFor({ state: "visible" });
    expect(await countries.first().locator("td").allTextContents()).toEqual(["United Kingdom", "GB", "100"]);
    const sectors = await page.locator("#projects-by-sector details.hnl-table table tbody tr").allTextContents();
    expect(sectors.slice(0, 3)).toEqual(["Employment and training96", "Health55", "Education51"]);
    expect(await page.locator("#projects-by-country svg .role-mark rect, #projects-by-country svg .mark-rect path").count()).toBe(42);
    await page.close();
  });
});
