import { mkdirSync } from "node:fs";
import { CHROMIUM_ARGS } from "@hnl/report";
import { type Browser, chromium, type Page } from "playwright-core";

/** Debian's Chromium (CHROMIUM_PATH overrides), started as the offline machine needs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [...CHROMIUM_ARGS],
  });
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  outsideRequests: string[];
}

/**
 * Records everything that should fail a page: console errors, uncaught exceptions, failed or
 * 4xx/5xx requests, and any request leaving localhost (which is also blocked, as offline).
 */
export async function watchPage(page: Page, origin: string): Promise<PageProblems> {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], outsideRequests: [] };
  page.on("console", (m) => {
    if (m.type() === "error") problems.consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => problems.consoleErrors.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => problems.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.failedRequests.push(`${r.url()} (HTTP ${r.status()})`);
  });
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:")) return route.continue();
    problems.outsideRequests.push(url);
    return route.abort();
  });
  return problems;
}

export function screenshotDir(): string {
  const dir = process.env.HNL_SCREENSHOT_DIR ?? new URL("../test-results/screenshots/", import.meta.url).pathname;
  mkdirSync(dir, { recursive: true });
  return dir;
}
