import type { Notebook } from "./discover-notebooks.js";
import type { EditionFindings } from "./edition.js";
import { escapePageText as esc } from "./escape-page-text.js";
import { type Finding, isReviewed } from "./finding.js";
import { missingFrontMatter, type Organisation, type Person, type ReportConfig } from "./report-config.js";

/** What the home page and the summary are generated from. */
export interface FrontPageContext {
  config?: ReportConfig;
  findings?: EditionFindings;
}

const CHAPTERS = "<!-- chapters -->";
const FRONT = "<!-- front-matter -->";

/** The id of the element the build fills with the report's suggested citation and its files. */
export const CITE_REPORT_ID = "hnl-cite-report";

const dateText = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const person = (p: Person) =>
  `${esc(p.name)}${p.affiliation ? ` (${esc(p.affiliation)})` : ""}${
    p.orcid
      ? ` <a class="hnl-orcid" href="https://orcid.org/${esc(p.orcid)}" aria-label="ORCID iD of ${esc(p.name)}">ORCID ${esc(p.orcid)}</a>`
      : ""
  }`;

const organisation = (o: Organisation) =>
  `${o.url ? `<a href="${esc(o.url)}">${esc(o.name)}</a>` : esc(o.name)}${o.role ? ` (${esc(o.role)})` : ""}`;

/** The finding a chapter leads with on the home page: its `headline`, else its first; in a public edition, reviewed only. */
export function headlineFinding(nb: Notebook, findings: EditionFindings | undefined): Finding | undefined {
  const mine = findings?.main.find((c) => c.notebook.manifest.slug === nb.manifest.slug)?.findings ?? [];
  return mine.find((f) => f.id === nb.manifest.headline) ?? mine[0];
}

/** Title, edition, people, abstract, event, licence, contact and acknowledgements, as HTML. */
export function frontMatterHtml(config: ReportConfig, findings: EditionFindings | undefined): string {
  const edition = findings?.edition ?? "working";
  const e = config.edition;
  const out = [
    `<div class="hnl-front">`,
    `<h1>${esc(config.title)}</h1>`,
    ...(config.subtitle ? [`<p class="hnl-subtitle">${esc(config.subtitle)}</p>`] : []),
    `<p class="hnl-edition">${edition === "public" ? "Edition" : "Working edition"} ${esc(e.version)}${e.date ? ` · ${dateText(e.date)}` : ""}${
      config.publisher ? ` · ${esc(config.publisher)}` : ""
    }</p>`,
  ];
  if (config.authors.length > 0) out.push(`<p class="hnl-people"><strong>Authors:</strong> ${config.authors.map(person).join("; ")}</p>`);
  if (config.editors.length > 0) out.push(`<p class="hnl-people"><strong>Editors:</strong> ${config.editors.map(person).join("; ")}</p>`);
  if (config.partners.length > 0)
    out.push(`<p class="hnl-people"><strong>Partners and co-hosts:</strong> ${config.partners.map(organisation).join("; ")}</p>`);
  out.push("</div>");
  if (edition === "working") {
    const missing = missingFrontMatter(config);
    out.push(
      `<div class="hnl-edition-note" role="note"><p><strong>Working edition.</strong> Findings marked “draft” have not been reviewed${
        missing.length > 0 ? `, and the front matter still lacks: ${esc(missing.join(", "))}` : ""
      }. The public edition prints reviewed findings only.</p></div>`,
    );
  }
  if (config.abstract.trim() !== "")
    out.push(`<h2 id="abstract">Abstract</h2>`, `<p class="hnl-abstract">${esc(config.abstract.trim())}</p>`);
  out.push(`<h2 id="cite">Cite this report</h2>`, `<div id="${CITE_REPORT_ID}"></div>`);
  return out.join("\n");
}

/** The colophon: the event, licence, contact and acknowledgements, as HTML. */
export function colophonHtml(config: ReportConfig): string {
  const out: string[] = [];
  const ev = config.event;
  if (ev !== undefined) {
    const when =
      ev.start === undefined
        ? ""
        : ev.end === undefined || ev.end === ev.start
          ? dateText(ev.start)
          : `${dateText(ev.start)} to ${dateText(ev.end)}`;
    const facts = [
      when,
      ev.location ? esc(ev.location) : "",
      ev.teams === undefined ? "" : `${ev.teams} ${ev.teams === 1 ? "team" : "teams"}`,
      ev.participants === undefined ? "" : `${ev.participants} participants`,
    ].filter((x) => x !== "");
    out.push(
      `<h2 id="event">The event</h2>`,
      `<p><strong>${esc(ev.name)}</strong>${facts.length > 0 ? `: ${facts.join(" · ")}` : ""}.${ev.description ? ` ${esc(ev.description)}` : ""}</p>`,
    );
  }
  const rows: string[] = [];
  if (config.licence)
    rows.push(
      `<p><strong>Licence of the text:</strong> ${config.licence.url ? `<a href="${esc(config.licence.url)}">${esc(config.licence.name)}</a>` : esc(config.licence.name)}. The data keep their own licences (see the data sources appendix).</p>`,
    );
  if (config.contact) rows.push(`<p><strong>Contact:</strong> <a href="${esc(config.contact.url)}">${esc(config.contact.name)}</a></p>`);
  if (config.acknowledgements) rows.push(`<p><strong>Acknowledgements:</strong> ${esc(config.acknowledgements)}</p>`);
  if (rows.length > 0) out.push(`<h2 id="about-this-report">About this report</h2>`, ...rows);
  return out.join("\n");
}

/**
 * The home page: its `<!-- front-matter -->` marker replaced by the front matter (and the
 * colophon after the chapters), its `<!-- chapters -->` marker by the chapters, each with its
 * summary, team or contributors, scope notes and headline finding. Every text from a manifest or
 * configuration is escaped: a team name is never markup.
 */
export function homePage(template: string, notebooks: readonly Notebook[], ctx: FrontPageContext = {}): string {
  const items = notebooks.map((nb, i) => {
    const m = nb.manifest;
    const label = `${i + 1}. ${m.title}`;
    const who = m.contributors.length > 0 ? `By ${m.contributors.join(", ")}` : m.team ? `Team: ${m.team}` : "";
    const parts = [`<p class="hnl-chapter-title"><a href="./${esc(m.slug)}/">${esc(label)}</a></p>`];
    if (m.summary) parts.push(`<p>${esc(m.summary)}</p>`);
    if (who) parts.push(`<p class="hnl-chapter-meta">${esc(who)}</p>`);
    if (m.scope.length > 0) parts.push(`<p class="hnl-chapter-meta">Scope: ${m.scope.map((s) => esc(s.text)).join(" ")}</p>`);
    const h = ctx.findings === undefined ? undefined : headlineFinding(nb, ctx.findings);
    if (h !== undefined)
      parts.push(
        `<p class="hnl-chapter-headline"><strong>Headline finding</strong> [@${h.id}]${isReviewed(h) ? "" : ' <span class="hnl-badge">draft, not yet reviewed</span>'}: ${esc(h.statement)}</p>`,
      );
    return `<li>${parts.join("\n")}</li>`;
  });
  const list =
    items.length > 0
      ? `<ol class="hnl-chapters">\n${items.join("\n")}\n</ol>`
      : "_No notebooks yet: create one with `pnpm hnl new <slug>`._";
  let page = template.replace(CHAPTERS, list);
  if (ctx.config !== undefined) {
    page = page.replace(FRONT, frontMatterHtml(ctx.config, ctx.findings));
    page = `${page.trimEnd()}\n\n${colophonHtml(ctx.config)}\n`;
  }
  return page;
}
