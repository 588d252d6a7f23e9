import { describe, expect, it } from "vitest";
import type { ChapterFindings } from "../src/collect-findings.js";
import type { Notebook } from "../src/discover-notebooks.js";
import { checkFindingReferences, editionFindings, parseEdition } from "../src/edition.js";
import { type Finding, statementFingerprint } from "../src/finding.js";
import { NotebookManifest } from "../src/notebook-manifest.js";
import { ReportConfig } from "../src/report-config.js";

const nb = { manifest: NotebookManifest.parse({ slug: "01-a", title: "A", challenge: 1 }), dir: "", srcDir: "", pages: [] } as Notebook;
const f = (id: string, status: Finding["status"]): Finding => ({
  id,
  statement: `S ${id}`,
  evidence: ["x"],
  confidence: "high",
  status,
  ...(status === "reviewed" ? { review: { by: "R", on: "2026-11-30", statement: statementFingerprint(`S ${id}`) } } : {}),
  ...(status === "withdrawn" ? { withdrawal: { by: "R", on: "2026-11-30", reason: "why" } } : {}),
});
const chapters: ChapterFindings[] = [{ notebook: nb, findings: [f("F1.1", "reviewed"), f("F1.2", "draft"), f("F1.3", "withdrawn")] }];
const complete = ReportConfig.parse({
  editors: [{ name: "Ada Editor" }],
  edition: { version: "1.0", date: "2026-12-01" },
  licence: { name: "CC BY 4.0" },
  contact: { name: "GO Lab", url: "https://example.org/contact" },
  event: { name: "Hack-and-Learn", start: "2026-10-01" },
  abstract: "What we found.",
});

describe("editions", () => {
  it("reads the edition name, working by default", () => {
    expect(parseEdition(undefined)).toBe("working");
    expect(parseEdition("public")).toBe("public");
    expect(() => parseEdition("final")).toThrow('There is no edition "final".');
  });

  it("working: every finding but the withdrawn, drafts included", () => {
    const e = editionFindings(chapters, ReportConfig.parse({}), "working");
    expect(e.main[0]?.findings.map((x) => x.id)).toEqual(["F1.1", "F1.2"]);
    expect(e.withdrawn.map((x) => x.id)).toEqual(["F1.3"]);
  });

  it("public: refuses incomplete front matter, then drafts, unless drafts go to the marked appendix", () => {
    expect(() => editionFindings(chapters, ReportConfig.parse({}), "public")).toThrow(
      "A public edition needs its front matter: reports/report.json lacks editors or authors, edition.date, licence, contact, event (with its start date), abstract.",
    );
    expect(() => editionFindings(chapters, complete, "public")).toThrow(
      "A public edition prints reviewed findings only, and 1 finding(s) are not reviewed: F1.2.",
    );
    const e = editionFindings(chapters, { ...complete, drafts: "appendix" }, "public");
    expect(e.main[0]?.findings.map((x) => x.id)).toEqual(["F1.1"]);
    expect(e.appendix[0]?.findings.map((x) => x.id)).toEqual(["F1.2"]);
  });

  it("fails on a citation of a withdrawn finding anywhere, and of a draft from the home page or summary of a public edition", () => {
    const ref = (key: string, file: string) => ({ kind: "finding" as const, key, file, line: 3 });
    const pub = editionFindings(chapters, { ...complete, drafts: "appendix" }, "public");
    expect(() => checkFindingReferences([ref("F1.3", "notebooks/01-a/src/index.md")], pub)).toThrow(
      "notebooks/01-a/src/index.md:3: F1.3 was withdrawn",
    );
    expect(() => checkFindingReferences([ref("F1.2", "reports/pages/summary.md")], pub)).toThrow(
      "reports/pages/summary.md:3: F1.2 is not reviewed, and this page speaks for the report",
    );
    expect(() =>
      checkFindingReferences([ref("F1.2", "notebooks/01-a/src/index.md"), ref("F1.1", "reports/pages/summary.md")], pub),
    ).not.toThrow();
  });
});
