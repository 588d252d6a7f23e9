import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readManifests } from "@hnl/data";
import { isTechnicalPage, jargonIn, readReportConfig, reportStructure, type ServedSite, serveSite, yearClaims } from "@hnl/report";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, watchPage } from "./browser.js";

// What a reader looks for first in a research report, checked on the real built site: front
// matter, how to cite it, each chapter's scope and sources, plain language, honest provenance.
const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const { notebooks } = reportStructure(repoRoot);
const config = readReportConfig(join(repoRoot, "reports"));
const manifests = readManifests(repoRoot);

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

/** Every text a reader sees in the page's main part and footer, after its scripts ran, words apart. */
async function readerText(page: Page, path: string): Promise<string> {
  await page.goto(new URL(path.slice(1), site.url).href, { waitUntil: "networkidle" });
  return page.evaluate(() => {
    const out: string[] = [];
    for (const root of [document.querySelector("#observablehq-main"), document.querySelector("#observablehq-footer")]) {
      if (root === null) continue;
      const walk = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (n) => (n.parentElement?.closest("script, style") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      for (let n = walk.nextNode(); n; n = walk.nextNode()) out.push(n.textContent ?? "");
    }
    return out.join(" ").replace(/\s+/g, " ");
  });
}

describe("a report readers can trust and cite", () => {
  it("opens with its front matter: title, edition and date, publisher, abstract, how to cite it, the event and contact", async () => {
    const page = await browser.newPage();
    const text = await readerText(page, "/");
    expect(await page.locator("h1").first().innerText()).toBe(config.title);
    const date = new Date(`${config.edition.date}T00:00:00Z`).toLocaleDateString("en-GB", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    });
    expect(text).toContain(`Working edition ${config.edition.version} · ${date} · ${config.publisher}`);
    expect(text).toContain(config.abstract.slice(0, 80));
    expect(text).toContain("Cite this report");
    expect(text).toContain(`${config.title}: ${config.subtitle} (${config.edition.version})`);
    expect(text).toContain("INDIGO Hack-and-Learn");
    // A working edition says what the front matter still lacks before it can be published.
    expect(text).toMatch(/the front matter still lacks: editors or authors, licence, event \(with its start date\)/);
    for (const nb of notebooks) expect(text).toContain(nb.manifest.title);
    expect(await page.locator(".hnl-chapter-headline").count()).toBe(notebooks.length);
    await page.close();
  });

  it("offers the citation as BibTeX, RIS and CSL-JSON for the report and each chapter, and CITATION.cff", async () => {
    const page = await browser.newPage();
    await page.goto(site.url, { waitUntil: "networkidle" });
    const links = await page.locator("#hnl-cite-report a[download]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.map((l) => new URL(l).pathname)).toEqual(["/cite/report.bib", "/cite/report.ris", "/cite/report.json"]);
    for (const l of links) expect((await fetch(l)).status).toBe(200);
    expect(await (await fetch(links[0] ?? "")).text()).toMatch(/^@techreport\{/);
    for (const nb of notebooks) {
      await page.goto(new URL(`${nb.manifest.slug}/`, site.url).href, { waitUntil: "networkidle" });
      expect(await page.locator("section.hnl-cite h2").innerText()).toBe("Cite this chapter");
      const bib = await page.locator("section.hnl-cite a[download]").first().getAttribute("href");
      expect(bib).toBe(`../cite/${nb.manifest.slug}.bib`);
      expect(readFileSync(join(dist, "cite", `${nb.manifest.slug}.bib`), "utf8")).toContain(`title = {`);
    }
    const cff = readFileSync(join(dist, "CITATION.cff"), "utf8");
    expect(cff).toContain("cff-version: 1.2.0");
    expect(cff).toContain("preferred-citation:\n  type: report");
    await page.close();
  });

  it("puts each chapter's scope notes at its top and names its data sources in its footer", async () => {
    const page = await browser.newPage();
    for (const nb of notebooks) {
      await page.goto(new URL(`${nb.manifest.slug}/`, site.url).href, { waitUntil: "networkidle" });
      const scope = page.locator("aside.hnl-scope li");
      expect(await scope.count(), nb.manifest.slug).toBe(nb.manifest.scope.length);
      // Right under the title, before any figure.
      expect(await page.evaluate(() => document.querySelector("h1")?.nextElementSibling?.className)).toBe("hnl-scope");
      const footer = await page.locator("#observablehq-footer").innerText();
      for (const id of nb.manifest.sources) expect(footer).toContain(manifests.find((m) => m.id === id)?.title ?? id);
      for (const m of manifests.filter((x) => !nb.manifest.sources.includes(x.id))) expect(footer).not.toContain(m.title);
      const hrefs = await page.locator("#observablehq-footer a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const h of hrefs.filter((x) => x.startsWith(site.url))) expect((await fetch(h)).status, h).toBe(200);
    }
    await page.close();
  });

  it("says in chapter 6's title, opening, scope and summary which survey it analyses, and why", async () => {
    const page = await browser.newPage();
    const text = await readerText(page, "/06-covid-npo/");
    expect(await page.locator("h1").first().innerText()).toBe("COVID-19 and nonprofits: evidence from Toronto's agency survey");
    expect(text).toContain("Substitute data.");
    expect(text).toContain("Centre for Social Impact and Philanthropy");
    const summary = await readerText(page, "/summary");
    expect(summary).toContain("Substitute data. The challenge names the survey of Indian nonprofits");
    await page.close();
  });

  it("speaks plain language: no package, command, file path or code name in a chapter, the home page or the summary", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    const paths = [
      "/",
      "/summary",
      ...notebooks.flatMap((nb) =>
        nb.pages.filter((p) => !isTechnicalPage(p.path)).map((p) => `/${nb.manifest.slug}/${p.path === "index" ? "" : p.path}`),
      ),
    ];
    for (const path of paths) {
      const problemsOnPage = await watchPage(page, site.url.replace(/\/$/, ""));
      const text = await readerText(page, path);
      const nb = notebooks.find((n) => path.startsWith(`/${n.manifest.slug}/`));
      for (const h of jargonIn(text, nb?.manifest.plainWords)) problems.push(`${path}: ${h.kind} "${h.term}" in “${h.excerpt}”`);
      for (const c of yearClaims(text, nb?.manifest.years))
        problems.push(`${path}: "${c.phrase}" claims ${c.claimed} years of ${c.covered}`);
      expect(problemsOnPage.consoleErrors).toEqual([]);
      await page.unrouteAll();
    }
    await page.close();
    expect(problems).toEqual([]);
  });

  it("quotes only reviewed findings in the summary, with the report in numbers", async () => {
    const page = await browser.newPage();
    const text = await readerText(page, "/summary");
    expect(text).toMatch(/The report in numbers: 6 chapters, 6 datasets, \d+ findings, of which \d+ reviewed and \d+ awaiting review\./);
    for (const nb of notebooks) expect(text).toContain(nb.manifest.title);
    // In this edition no finding is reviewed yet: none is quoted, each chapter says so.
    expect(await page.locator(".hnl-summary-findings li").count()).toBe(0);
    expect(await page.locator(".hnl-awaiting").count()).toBe(notebooks.length);
    await page.close();
  });

  it("dates the data by their own dates, never by when the files were copied, with licence and access as published", () => {
    const freshness = readFileSync(join(dist, "appendix", "freshness.html"), "utf8");
    expect(freshness).not.toContain("Changed");
    expect(freshness).toContain("Collected or covering:</strong> 2020 (during the first wave of COVID-19)");
    const sources = readFileSync(join(dist, "appendix", "sources.html"), "utf8");
    expect(sources).toContain("Open Government Licence – Toronto");
    expect(sources).not.toMatch(/restricted microdata|Access:<\/strong> restricted/);
    for (const m of manifests) expect(sources).toContain(`id="${m.id}"`);
  });

  it("lists every dataset and cited work in the references, authors written rightly, same-author years told apart", () => {
    const refs = readFileSync(join(dist, "appendix", "references.html"), "utf8");
    for (const m of manifests) expect(refs, m.citation).toContain(`id="${m.citation}"`);
    expect(refs).not.toContain("&amp; et al.");
    expect(refs).toContain("Government Outcomes Lab. (n.d.-a).");
    expect(refs).toContain("Government Outcomes Lab. (n.d.-b).");
    const methods = readFileSync(join(dist, "methods.html"), "utf8");
    expect(methods).toMatch(/Government Outcomes Lab, n\.d\.-[a-e]\)/);
    expect(existsSync(join(dist, "appendix", "draft-findings.html"))).toBe(false);
  });
});
