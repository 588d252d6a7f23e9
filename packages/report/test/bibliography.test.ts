import { describe, expect, it } from "vitest";
import { readBibliography } from "../src/bibliography.js";
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
});
