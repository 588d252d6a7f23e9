import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { listSitePages, type ServedSite, serveSite } from "@hnl/report";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, screenshotDir, watchPage } from "./browser.js";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const axeSource = readFileSync(fileURLToPath(import.meta.resolve("axe-core/axe.min.js")), "utf8");
const pages = listSitePages(dist);
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
  it("has the home page and the notebook's page", () => {
    expect(pages).toEqual(expect.arrayContaining(["/", "/02-sdg-outcomes/"]));
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
        // Every figure is a chart with marks, not an empty frame.
        for (const fig of await page.locator("figure.hnl-figure").all()) {
          expect(await fig.locator("svg .role-mark > *").count()).toBeGreaterThan(0);
          expect(await fig.locator("a[download]").count()).toBe(1);
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
    const countries = page.locator("#projects-by-country table tbody tr");
    expect(await countries.count()).toBe(42);
    // The data table opens from its summary, and its first row is the largest country.
    await page.locator("#projects-by-country summary").click();
    await countries.first().waitFor({ state: "visible" });
    expect(await countries.first().locator("td").allTextContents()).toEqual(["United Kingdom", "GB", "100"]);
    const sectors = await page.locator("#projects-by-sector table tbody tr").allTextContents();
    expect(sectors.slice(0, 3)).toEqual(["Employment and training96", "Health55", "Education51"]);
    expect(await page.locator("#projects-by-country svg .role-mark rect, #projects-by-country svg .mark-rect path").count()).toBe(42);
    await page.close();
  });
});
