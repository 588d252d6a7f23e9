import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { CHROMIUM_ARGS, citationOf, escapeHtml as esc, parseEdition, reportItem, reportStructure, serveSite } from "@hnl/report";
import { chromium } from "playwright-core";
import { extractText } from "unpdf";
import { CliError } from "../cli-error.js";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";

interface Section {
  /** Site path of the page, e.g. /02-sdg-outcomes/. */
  path: string;
  /** The heading that opens it in the PDF and the table of contents. */
  heading: string;
}

/**
 * `hnl report pdf [--out FILE]`: prints the built report to one PDF in Chromium: a cover, a table
 * of contents with page numbers, every page of every chapter in the report's order (figures stay
 * vector graphics), and numbered pages. Two passes: the first finds on which page each section
 * starts, the second prints the contents with those numbers.
 */
export async function reportPdf(out: string | undefined): Promise<number> {
  const paths = kitPaths();
  const executablePath = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) throw new CliError(message.noChromium(executablePath), message.noChromiumHint);
  if (!existsSync(paths.siteDist)) throw new CliError(message.notBuilt("The report site"), message.notBuiltHint);
  const target = resolve(out ?? `${paths.reportDir}/report.pdf`);
  const { config, notebooks, reportPages } = reportStructure(paths.root);
  const edition = parseEdition(process.env.HNL_EDITION);
  const citation = citationOf(reportItem(config), "cite/report").text;
  const page = (p: string) => reportPages.find((x) => x.path === p);
  const sections: Section[] = [
    ...(page("summary") ? [{ path: "/summary", heading: "Executive summary" }] : []),
    ...notebooks.flatMap((nb, i) =>
      nb.pages.map((p, j) => ({
        path: `/${nb.manifest.slug}/${p.path === "index" ? "" : p.path}`,
        heading: j === 0 ? `${i + 1}. ${nb.manifest.title}` : p.title,
      })),
    ),
    ...["learning", "methods"].filter((p) => page(p)).map((p) => ({ path: `/${p}`, heading: page(p)?.title ?? p })),
    ...reportPages.filter((p) => p.path.startsWith("appendix/")).map((p) => ({ path: `/${p.path}`, heading: `Appendix: ${p.title}` })),
  ];

  const site = await serveSite(paths.siteDist);
  // A browser that does not start must not leave the server (and the process) running.
  const browser = await chromium
    .launch({
      executablePath,
      args: [...CHROMIUM_ARGS],
    })
    .catch(async (e: unknown) => {
      await site.close();
      throw e;
    });
  try {
    const tab = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    const bodies: string[] = [];
    let css: string[] = [];
    for (const [i, s] of sections.entries()) {
      console.error(message.pdfPage(i + 1, sections.length, s.path));
      await tab.goto(new URL(s.path.slice(1), site.url).href, { waitUntil: "networkidle" });
      await tab.waitForTimeout(300);
      const { main, styles } = await tab.evaluate(() => {
        const m = document.querySelector("#observablehq-main")?.cloneNode(true) as HTMLElement | null;
        // Links inside the site do not lead anywhere in a PDF: keep their text, drop the link.
        for (const a of Array.from(m?.querySelectorAll("a[href]") ?? [])) {
          const href = a.getAttribute("href") ?? "";
          if (!/^https?:/.test(href)) a.replaceWith(...Array.from(a.childNodes));
        }
        for (const x of Array.from(m?.querySelectorAll("script, .observablehq-pager, .hnl-filter, details.hnl-table") ?? [])) x.remove();
        return {
          main: m?.innerHTML ?? "",
          styles: Array.from(document.querySelectorAll('link[rel="stylesheet"]')).map((l) => (l as HTMLLinkElement).href),
        };
      });
      css = styles;
      // The token, printed white at 1pt, lets pass 1 find where each section starts even when its
      // heading also appears in the text before it (the summary names every chapter).
      bodies.push(
        `<section class="pdf-section" id="s${i}"><p class="pdf-marker">${esc(s.heading)}<span class="pdf-token">${sectionToken(i)}</span></p>${main}</section>`,
      );
    }
    const compose = (pages: (number | null)[]) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><base href="${site.url}">
${css.map((h) => `<link rel="stylesheet" href="${h}">`).join("\n")}
<style>
@page { size: A4; margin: 18mm 16mm 20mm 16mm; }
body { margin: 0; }
.pdf-cover { height: 240mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
.pdf-cover h1 { font-size: 32pt; max-width: none; }
.pdf-subtitle { font-size: 16pt; }
.pdf-cite { margin-top: 2em; font-size: 10pt; border-top: 1px solid #999; padding-top: 0.5em; }
.pdf-toc { break-after: page; }
.pdf-toc ol { list-style: none; padding: 0; max-width: none; }
.pdf-toc li { display: flex; gap: 0.5em; font: 12pt var(--sans-serif); margin: 0.3em 0; }
.pdf-toc li span.dots { flex: 1; border-bottom: 1px dotted #999; }
.pdf-section { break-before: page; }
.pdf-marker { font: 10pt var(--sans-serif); color: #555; margin: 0 0 0.5em; }
.pdf-token { color: #fff; font-size: 1pt; }
.hnl-chart-wide svg { min-width: 0 !important; }
#observablehq-main, main { max-width: none; }
</style></head><body class="observablehq">
<div class="pdf-cover"><h1>${esc(config.title)}</h1>${config.subtitle ? `<p class="pdf-subtitle">${esc(config.subtitle)}</p>` : ""}
<p>${edition === "public" ? "Edition" : "Working edition"} ${esc(config.edition.version)}${config.edition.date ? ` · ${esc(config.edition.date)}` : ""}${config.publisher ? ` · ${esc(config.publisher)}` : ""}</p>
${config.authors.length > 0 ? `<p>Authors: ${esc(config.authors.map((p) => p.name).join("; "))}</p>` : ""}${config.editors.length > 0 ? `<p>Editors: ${esc(config.editors.map((p) => p.name).join("; "))}</p>` : ""}
<p>${notebooks.length} chapters. Data: INDIGO, Government Outcomes Lab, University of Oxford, and the sources listed in the appendix.</p>
<div class="pdf-cite"><p><strong>Cite this report:</strong> ${esc(citation)}</p>${config.licence ? `<p>Text licence: ${esc(config.licence.name)}; the data keep their own licences.</p>` : ""}</div></div>
<nav class="pdf-toc"><h2>Contents</h2><ol>${sections
      .map((s, i) => `<li><span>${esc(s.heading)}</span><span class="dots"></span><span>${pages[i] ?? ""}</span></li>`)
      .join("")}</ol></nav>
<main id="observablehq-main" class="observablehq">${bodies.join("\n")}</main></body></html>`;
    const print = async (html: string) => {
      await tab.setContent(html, { waitUntil: "networkidle" });
      await tab.emulateMedia({ media: "print" });
      return tab.pdf({
        format: "A4",
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: "<span></span>",
        footerTemplate:
          '<div style="font:9px system-ui,sans-serif;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
        margin: { top: "18mm", bottom: "20mm", left: "16mm", right: "16mm" },
      });
    };
    // Pass 1: where does each section start? Pass 2: print the contents with those pages.
    const first = await print(compose(sections.map(() => 999)));
    const { text } = await extractText(new Uint8Array(first), { mergePages: false });
    // Sections come in order: look for each from where the one before it starts (a heading such
    // as "Learning" may also appear as a word on earlier pages).
    let from = 2;
    const pages = sections.map((s) => {
      const i = text.findIndex((t, n) => n >= from && t.includes(sectionToken(sections.indexOf(s))));
      if (i < 0) return null;
      from = i;
      return i + 1;
    });
    const pdf = await print(compose(pages));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, pdf);
    console.log(message.pdfWritten(relative(process.cwd(), target) || target, sections.length, pdf.length));
    return 0;
  } finally {
    await browser.close();
    await site.close();
  }
}

/** A word no page contains, marking where section `i` starts in the printed text. */
function sectionToken(i: number): string {
  return `hnlsection${i}end`;
}
