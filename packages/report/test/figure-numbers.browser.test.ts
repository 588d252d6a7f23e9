/// <reference lib="dom" />
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_ARGS } from "../src/chromium-args.js";
import { figureNumberScript } from "../src/figure-numbers.js";

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe("figureNumberScript", () => {
  it("numbers figures and tables a page's code draws after load, each once, by id", async () => {
    const page = await browser.newPage();
    const script = figureNumberScript([
      { id: "by-region", number: "2.4", kind: "figure", ordinal: 0, hasId: true, href: "/02/#by-region" },
      { id: "sdg-regions", number: "2.1", kind: "table", ordinal: 1, hasId: true, href: "/02/#sdg-regions" },
    ]);
    await page.setContent(`<html><body><main id="m"></main>${script}</body></html>`);
    await page.evaluate(() => {
      const m = document.getElementById("m") as HTMLElement;
      m.innerHTML =
        '<figure class="hnl-figure" id="by-region"><figcaption><strong>Projects</strong></figcaption></figure>' +
        '<div><table id="sdg-regions"><caption>Regions</caption></table></div><table id="other"><caption>Not numbered</caption></table>';
    });
    await page.waitForFunction(() => document.querySelector("#sdg-regions .hnl-tabnum") !== null);
    expect(await page.locator("#by-region figcaption").textContent()).toBe("Figure 2.4. Projects");
    expect(await page.locator("#sdg-regions caption").textContent()).toBe("Table 2.1. Regions");
    expect(await page.locator("#other caption").textContent()).toBe("Not numbered");
    await page.close();
  });
});
