import { describe, expect, it } from "vitest";
import { collectFindings } from "../src/collect-findings.js";
import { discoverNotebooks } from "../src/discover-notebooks.js";
import { learningPage } from "../src/report-pages.js";
import { manifest, tree } from "./fixtures.js";

const finding = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  statement: `Statement ${id} <b>`,
  evidence: ["fig-a"],
  confidence: "high",
  status: "draft",
  ...extra,
});

describe("collectFindings and the learning chapter", () => {
  it("collects every notebook's findings and lists them by challenge, linked to their evidence", () => {
    const root = tree({
      "notebooks/02-a/notebook.json": manifest("02-a", { challenge: 2 }),
      "notebooks/02-a/src/index.md": "# A",
      "notebooks/02-a/findings.json": JSON.stringify([finding("F2.1", { theme: "data gaps" }), finding("F2.2")]),
      "notebooks/03-b/notebook.json": manifest("03-b", { challenge: 3 }),
      "notebooks/03-b/src/index.md": "# B",
    });
    const chapters = collectFindings(root, discoverNotebooks(root));
    expect(chapters.map((c) => c.findings.map((f) => f.id))).toEqual([["F2.1", "F2.2"], []]);
    const page = learningPage(chapters);
    expect(page).toContain('<div class="hnl-finding hnl-finding-draft" id="F2.1">');
    expect(page).toContain('<span class="hnl-badge">draft, not yet reviewed</span>');
    expect(page).toContain("Statement F2.1 &lt;b&gt;");
    expect(page).toContain("evidence: [@fig:fig-a]");
    expect(page).toContain("## Challenge 2: Title of 02-a");
    expect(page).not.toContain("Challenge 3");
    expect(page).toContain("- **data gaps**: [@F2.1]");
  });

  it("refuses a finding numbered for another challenge, a duplicate id, or an invalid one", () => {
    const make = (findings: unknown) =>
      tree({
        "notebooks/02-a/notebook.json": manifest("02-a", { challenge: 2 }),
        "notebooks/02-a/src/index.md": "# A",
        "notebooks/02-a/findings.json": JSON.stringify(findings),
      });
    const run = (root: string) => () => collectFindings(root, discoverNotebooks(root));
    expect(run(make([finding("F3.1")]))).toThrow(
      "notebooks/02-a/findings.json: finding F3.1 is numbered for another challenge; this notebook answers challenge 2.",
    );
    expect(run(make([finding("F2.1"), finding("F2.1")]))).toThrow(
      "notebooks/02-a/findings.json: finding F2.1 is also in notebooks/02-a/findings.json.",
    );
    expect(run(make([finding("2.1")]))).toThrow("notebooks/02-a/findings.json has invalid findings: [0].id: F<challenge>.<n>, e.g. F2.3");
  });
});
