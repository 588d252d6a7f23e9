import { describe, expect, it } from "vitest";
import type { Notebook } from "../src/discover-notebooks.js";
import { NotebookManifest } from "../src/notebook-manifest.js";
import { citationCff, citationFiles, reportCitations } from "../src/report-citation.js";
import { ReportConfig } from "../src/report-config.js";

const config = ReportConfig.parse({
  title: "Hack-and-Learn Report",
  editors: [{ name: "Ada Lovelace", affiliation: "GO Lab", orcid: "0000-0002-1825-0097" }],
  edition: { version: "1.0", date: "2026-12-01" },
  publisher: "Government Outcomes Lab",
  licence: { name: "CC BY 4.0", spdx: "CC-BY-4.0" },
  url: "https://example.org/report/",
});
const nb = {
  manifest: NotebookManifest.parse({ slug: "01-pipeline", title: "The pipeline", contributors: ["Grace Hopper"] }),
  dir: "",
  srcDir: "",
  pages: [],
} as Notebook;

describe("citing the report", () => {
  const { report, chapters } = reportCitations(config, [nb]);

  it("suggests an APA citation of the report, with its edition, publisher and address", () => {
    expect(report.text).toBe(
      "Lovelace, A. (Ed.). (2026). Hack-and-Learn Report (1.0). Government Outcomes Lab. https://example.org/report/",
    );
  });

  it("makes each chapter citable alone, inside the report", () => {
    const c = chapters.get("01-pipeline");
    expect(c?.text).toBe(
      "Hopper, G. (2026). The pipeline. In A. Lovelace (Ed.), Hack-and-Learn Report (1.0). Government Outcomes Lab. https://example.org/report/01-pipeline/",
    );
    expect(c?.bibtex).toContain("@inbook{Hopper2026pipeline,");
    expect(c?.ris).toContain("TY  - CHAP");
  });

  it("writes BibTeX, RIS and CSL-JSON files for reference managers", () => {
    const files = citationFiles(report);
    expect(Object.keys(files)).toEqual(["cite/report.bib", "cite/report.ris", "cite/report.json"]);
    expect(files["cite/report.bib"]).toContain("title = {Hack-and-{Learn} {Report}}");
    expect(files["cite/report.ris"]).toContain("TY  - RPRT");
    expect(JSON.parse(files["cite/report.json"] ?? "")[0]).toMatchObject({
      type: "report",
      version: "1.0",
      URL: "https://example.org/report/",
    });
  });

  it("writes CITATION.cff with a preferred citation of type report", () => {
    const cff = citationCff(config);
    expect(cff).toContain("cff-version: 1.2.0");
    expect(cff).toContain(
      '  - family-names: "Lovelace"\n    given-names: "Ada"\n    affiliation: "GO Lab"\n    orcid: "https://orcid.org/0000-0002-1825-0097"',
    );
    expect(cff).toContain('license: "CC-BY-4.0"');
    expect(cff).toContain("preferred-citation:\n  type: report\n");
    expect(cff).toContain('date-released: "2026-12-01"');
  });
});
