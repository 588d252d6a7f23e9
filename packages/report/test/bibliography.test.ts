import { describe, expect, it } from "vitest";
import { readBibliography, uncitedEntries } from "../src/bibliography.js";
import { tree } from "./fixtures.js";

describe("readBibliography", () => {
  it("formats citations and an anchored APA references list from CSL-JSON", () => {
    const root = tree({
      "refs.json": JSON.stringify([
        {
          id: "golab-2023",
          type: "report",
          title: "Beyond impact bonds",
          author: [{ literal: "Government Outcomes Lab" }],
          issued: { "date-parts": [[2023]] },
        },
      ]),
    });
    const bib = readBibliography(`${root}/refs.json`);
    expect([...bib.keys]).toEqual(["golab-2023"]);
    expect(bib.cite("golab-2023")).toBe("(Government Outcomes Lab, 2023)");
    expect(bib.html()).toContain('id="golab-2023"');
    expect(bib.html()).toContain("Government Outcomes Lab. (2023). <i>Beyond impact bonds</i>.");
  });

  it("refuses a file that is not CSL-JSON", () => {
    const root = tree({ "refs.json": '{"not": "an array"}' });
    expect(() => readBibliography(`${root}/refs.json`)).toThrow("is not a CSL-JSON array of items with ids.");
  });

  it("tells apart works by one author in one year with a, b, c, in the list and in the text alike", () => {
    const golab = [{ literal: "Government Outcomes Lab" }];
    const root = tree({
      "refs.json": JSON.stringify([
        { id: "glossary", type: "webpage", title: "Glossary", author: golab },
        { id: "beyond", type: "report", title: "Beyond impact bonds", author: golab },
        { id: "intro", type: "webpage", title: "Introduction to impact bonds", author: golab },
        { id: "y1", type: "report", title: "A report", author: golab, issued: { "date-parts": [[2021]] } },
        { id: "y2", type: "report", title: "B report", author: golab, issued: { "date-parts": [[2021]] } },
      ]),
    });
    const bib = readBibliography(`${root}/refs.json`);
    expect(["beyond", "glossary", "intro"].map(bib.cite)).toEqual([
      "(Government Outcomes Lab, n.d.-a)",
      "(Government Outcomes Lab, n.d.-b)",
      "(Government Outcomes Lab, n.d.-c)",
    ]);
    expect([bib.cite("y1"), bib.cite("y2")]).toEqual(["(Government Outcomes Lab, 2021a)", "(Government Outcomes Lab, 2021b)"]);
    expect(bib.html()).toContain("Government Outcomes Lab. (n.d.-b). <i>Glossary</i>.");
  });

  it('refuses "et al." written as an author, which would print as "& et al."', () => {
    const root = tree({
      "refs.json": JSON.stringify([
        { id: "p", type: "report", title: "T", author: [{ family: "Picker", given: "S." }, { literal: "et al." }] },
      ]),
    });
    expect(() => readBibliography(`${root}/refs.json`)).toThrow('p list "et al." as an author.');
  });

  it("lists the entries no page cites", () => {
    const root = tree({
      "refs.json": JSON.stringify([
        { id: "a", type: "book", title: "A" },
        { id: "b", type: "book", title: "B" },
      ]),
    });
    expect(uncitedEntries(readBibliography(`${root}/refs.json`), ["a"])).toEqual(["b"]);
  });
});
