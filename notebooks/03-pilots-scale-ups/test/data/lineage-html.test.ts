import { describe, expect, it } from "vitest";
import { lineageHtml } from "../../src/data/lineage-html.ts";

describe("lineageHtml", () => {
  it("lists a family's projects with what links them, escaped", () => {
    const html = lineageHtml([
      {
        id: "family-A",
        label: "St Mungo's <family>",
        shortLabel: "St Mungo's",
        naming: { label: "St Mungo's <family>", link: "St Mungo's <family>", kind: "provider", covers: 2, size: 2 },
        sector: "Homelessness",
        size: 2,
        firstStart: "2012-11",
        lastStart: "2017-10",
        rules: ["Same service provider"],
        followOns: 1,
        organisations: ["St. Mungo's"],
        members: [
          { id: "A", name: "London <Homelessness>", start: "2012-11", end: null, relation: "first", after: null, otherEarlier: 0 },
          {
            id: "B",
            name: "Pan-London",
            start: "2017-10",
            end: "2021-07",
            relation: "follows",
            after: { id: "A", name: "London <Homelessness>", months: 59, links: [{ rule: "Same service provider", via: ["St. Mungo's"] }] },
            otherEarlier: 0,
          },
        ],
      },
    ]);
    expect(html).toContain("St Mungo&#39;s &lt;family&gt;");
    expect(html).toContain("2 projects, 2012–2017 · 1 follow-on · same service provider");
    expect(html).toContain("Follows London &lt;Homelessness&gt;, 59 months later. Linked by same service provider (St. Mungo&#39;s)");
    expect(html).toContain("Oct 2017 – Jul 2021");
    expect(html).toContain("1 families of two projects");
  });
});
