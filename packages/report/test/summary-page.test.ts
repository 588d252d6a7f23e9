import { describe, expect, it } from "vitest";
import type { Notebook } from "../src/discover-notebooks.js";
import { editionFindings } from "../src/edition.js";
import { type Finding, statementFingerprint } from "../src/finding.js";
import { NotebookManifest } from "../src/notebook-manifest.js";
import { ReportConfig } from "../src/report-config.js";
import { summaryPage } from "../src/summary-page.js";

const notebook = {
  manifest: NotebookManifest.parse({
    slug: "05-csr",
    title: "CSR",
    challenge: 5,
    sources: ["csr-india"],
    scope: [{ kind: "missing-years", text: "No data for FY 2017-18 to 2022-23." }],
  }),
  dir: "",
  srcDir: "",
  pages: [],
} as Notebook;
const draft = (id: string): Finding => ({ id, statement: `Draft ${id}.`, evidence: ["x"], confidence: "low", status: "draft" });
const reviewed: Finding = {
  id: "F5.1",
  statement: "72.3% went to education and health.",
  evidence: ["x"],
  confidence: "high",
  status: "reviewed",
  review: { by: "R", on: "2026-11-30", statement: statementFingerprint("72.3% went to education and health.") },
};
const manifests = [{ id: "csr-india" }, { id: "other" }] as never;

describe("summaryPage", () => {
  it("quotes reviewed findings with their numbers, counts drafts without quoting them, and leads with the scope", () => {
    const e = editionFindings([{ notebook, findings: [reviewed, draft("F5.2"), draft("F5.3")] }], ReportConfig.parse({}), "working");
    const page = summaryPage("# Summary\n\n<!-- summary -->\n", [notebook], e, manifests);
    expect(page).toContain(
      "<strong>The report in numbers:</strong> 1 chapters, 1 datasets, 3 findings, of which 1 reviewed and 2 awaiting review.",
    );
    expect(page).toContain("<li><strong>Missing years.</strong> No data for FY 2017-18 to 2022-23.</li>");
    expect(page).toContain("<li>[@F5.1] 72.3% went to education and health.</li>");
    expect(page).not.toContain("Draft F5.2");
    expect(page).toContain("2 more findings await review: 2 are listed in the learning chapter, marked as drafts.");
  });

  it("says so when no finding of a chapter is reviewed", () => {
    const e = editionFindings([{ notebook, findings: [draft("F5.2")] }], ReportConfig.parse({}), "working");
    expect(summaryPage("<!-- summary -->", [notebook], e, manifests)).toContain(
      "No finding of this chapter has been reviewed yet: 1 is listed",
    );
  });

  it("holds a hostile title or summary only as escaped text, never as markup or a page expression", () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text a Framework page would run as an expression
    const hostile = '<b onmouseover="alert(1)">x</b> ${alert(1)}';
    const nb = { ...notebook, manifest: { ...notebook.manifest, title: hostile, summary: `${hostile}\n\nmore` } };
    const e = editionFindings([{ notebook: nb, findings: [reviewed] }], ReportConfig.parse({}), "working");
    const page = summaryPage("<!-- summary -->", [nb], e, manifests);
    expect(page).not.toMatch(/<b |\$\{/);
    expect(page).toContain('<h2 id="summary-05-csr">1. &lt;b onmouseover=&quot;alert(1)&quot;&gt;x&lt;/b&gt; &#36;{alert(1)}</h2>');
    expect(page).toContain("<p>&lt;b onmouseover=&quot;alert(1)&quot;&gt;x&lt;/b&gt; &#36;{alert(1)}&#10;&#10;more <a");
  });
});
