import { describe, expect, it } from "vitest";
import type { Notebook } from "../src/discover-notebooks.js";
import { editionFindings } from "../src/edition.js";
import { homePage } from "../src/home-page.js";
import { NotebookManifest } from "../src/notebook-manifest.js";
import { ReportConfig } from "../src/report-config.js";

const nb = (extra: Record<string, unknown>) =>
  ({
    manifest: NotebookManifest.parse({ slug: "01-a", title: "Pipeline", challenge: 1, summary: "What is coming.", ...extra }),
    dir: "",
    srcDir: "",
    pages: [],
  }) as Notebook;

describe("homePage", () => {
  const config = ReportConfig.parse({
    title: "The report",
    subtitle: "What data can tell",
    abstract: "A paragraph.",
    edition: { version: "0.3", date: "2026-11-30" },
    publisher: "GO Lab",
    editors: [{ name: "Ada Lovelace", affiliation: "Oxford", orcid: "0000-0002-1825-0097" }],
    partners: [{ name: "A partner", role: "co-host", url: "https://example.org/" }],
    licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    contact: { name: "GO Lab", url: "https://example.org/contact" },
    acknowledgements: "Thanks to the data publishers.",
    event: { name: "Hack-and-Learn", start: "2026-10-01", end: "2026-10-14", teams: 6, participants: 31 },
  });

  it("shows the front matter, the chapters with their scope and headline finding, and the colophon", () => {
    const notebook = nb({ team: "Team A", scope: [{ kind: "sampling", text: "A sample." }] });
    const findings = editionFindings(
      [{ notebook, findings: [{ id: "F1.1", statement: "42 of 132.", evidence: ["x"], confidence: "high", status: "draft" }] }],
      config,
      "working",
    );
    const page = homePage("<!-- front-matter -->\n\n<!-- chapters -->\n", [notebook], { config, findings });
    expect(page).toContain("<h1>The report</h1>");
    expect(page).toContain('<p class="hnl-subtitle">What data can tell</p>');
    expect(page).toContain('<p class="hnl-edition">Working edition 0.3 · 30 November 2026 · GO Lab</p>');
    expect(page).toContain(
      '<strong>Editors:</strong> Ada Lovelace (Oxford) <a class="hnl-orcid" href="https://orcid.org/0000-0002-1825-0097" aria-label="ORCID iD of Ada Lovelace">ORCID 0000-0002-1825-0097</a>',
    );
    expect(page).toContain('<a href="https://example.org/">A partner</a> (co-host)');
    expect(page).toContain('<div id="hnl-cite-report"></div>');
    expect(page).toContain("Scope: A sample.");
    expect(page).toContain('<strong>Headline finding</strong> [@F1.1] <span class="hnl-badge">draft, not yet reviewed</span>: 42 of 132.');
    expect(page).toContain("<strong>Hack-and-Learn</strong>: 1 October 2026 to 14 October 2026 · 6 teams · 31 participants.");
    expect(page).toContain('<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>');
    expect(page).not.toContain("still lacks");
  });

  it("says what a working edition's front matter still lacks", () => {
    const page = homePage("<!-- front-matter -->", [], { config: ReportConfig.parse({}) });
    expect(page).toContain(
      "the front matter still lacks: editors or authors, edition.date, licence, contact, event (with its start date), abstract.",
    );
  });

  it("never lets a team name or summary be markup", () => {
    const page = homePage("<!-- chapters -->", [nb({ team: '<img src=x onerror="alert(1)">', summary: "<script>alert(1)</script>" })]);
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<img");
    expect(page).toContain("Team: &lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("holds a hostile team, title or summary only as escaped text, never as markup or a page expression", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text a Framework page would run as an expression
    const hostile = '<b onmouseover="alert(1)">x</b> ${alert(document.cookie)}';
    const page = homePage("<!-- chapters -->", [nb({ team: hostile, title: hostile, summary: `${hostile}\n\n<script>alert(2)</script>` })]);
    expect(page).not.toMatch(/<b |<script|\$\{/);
    expect(page).toContain("Team: &lt;b onmouseover=&quot;alert(1)&quot;&gt;x&lt;/b&gt; &#36;{alert(document.cookie)}");
    expect(page).toContain('<a href="./01-a/">1. &lt;b onmouseover=&quot;alert(1)&quot;&gt;x&lt;/b&gt; &#36;{alert(document.cookie)}</a>');
    // A blank line would end the HTML block and let Markdown read the rest.
    expect(page).not.toMatch(/\n\s*\n/);
  });

  it("refuses an e-mail address in the front matter", () => {
    expect(ReportConfig.safeParse({ contact: { name: "ada@example.org", url: "https://example.org/" } }).success).toBe(false);
  });
});
