import { describe, expect, it } from "vitest";
import { checkReferences, relativeHref, resolveReferences, scanReferences } from "../src/cross-references.js";

describe("cross-references", () => {
  it("finds findings, figures and citations with their lines", () => {
    expect(
      scanReferences("Intro\nAs [@F2.1] shows in [@fig:sdg-sankey],\nsee [@cite:golab-glossary].", "notebooks/02/src/index.md"),
    ).toEqual([
      { kind: "finding", key: "F2.1", file: "notebooks/02/src/index.md", line: 2 },
      { kind: "figure", key: "sdg-sankey", file: "notebooks/02/src/index.md", line: 2 },
      { kind: "citation", key: "golab-glossary", file: "notebooks/02/src/index.md", line: 3 },
    ]);
  });

  it("fails on an unknown reference, naming file and line", () => {
    const refs = scanReferences("ok [@F2.1]\nbad [@F9.9] and [@cite:nobody]", "pages/summary.md");
    expect(() => checkReferences(refs, { finding: new Set(["F2.1"]), citation: new Set() })).toThrow(
      '2 reference(s) point at nothing in the report:\n  pages/summary.md:2: unknown finding "F9.9"\n  pages/summary.md:2: unknown citation "nobody"',
    );
    expect(() => checkReferences(refs.slice(0, 1), { finding: new Set(["F2.1"]), citation: new Set() })).not.toThrow();
  });

  it("turns references into links relative to the page", () => {
    const html = resolveReferences("<p>See [@F2.1] and [@fig:map] ([@cite:k]).</p>", "/02-sdg-outcomes/", {
      finding: new Map([["F2.1", { href: "/learning#F2.1", text: "F2.1", title: "A finding" }]]),
      figure: new Map([["map", { href: "/01-pipeline/#map", text: "Figure 1.2" }]]),
      citation: new Map([["k", { href: "/appendix/references#k", text: "(GO Lab, 2023)" }]]),
    });
    expect(html).toBe(
      '<p>See <a class="hnl-ref hnl-ref-finding" href="../learning.html#F2.1" title="A finding">F2.1</a> and <a class="hnl-ref hnl-ref-figure" href="../01-pipeline/index.html#map">Figure 1.2</a> (<a class="hnl-ref hnl-ref-citation" href="../appendix/references.html#k">(GO Lab, 2023)</a>).</p>',
    );
  });

  it("makes site paths relative from any depth, naming the file so any static server finds it", () => {
    expect(relativeHref("/", "/learning#F1.1")).toBe("./learning.html#F1.1");
    expect(relativeHref("/summary", "/learning")).toBe("./learning.html");
    expect(relativeHref("/appendix/typology", "/learning")).toBe("../learning.html");
    expect(relativeHref("/02-x/", "/01-y/")).toBe("../01-y/index.html");
    expect(relativeHref("/02-x/", "/cite/report.bib")).toBe("../cite/report.bib");
  });
});
