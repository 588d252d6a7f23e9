import { describe, expect, it } from "vitest";
import { sankeyFigure } from "../src/sankey-figure.js";

describe("sankeyFigure", () => {
  const html = sankeyFigure({
    id: "flows",
    title: "Sector to SDG",
    description: "Outcome metrics by sector and goal.",
    links: [
      { source: "Health", target: "SDG 3", value: 10 },
      { source: "Education", target: "SDG 4", value: 6 },
      { source: "Health", target: "SDG 1", value: 2 },
      { source: "<b>x</b>", target: "SDG 1", value: 1 },
    ],
    colour: (n) => (n === "SDG 3" ? "#4C9F38" : undefined),
    sourceTitle: "Policy sector",
    targetTitle: "SDG goal",
    valueTitle: "Outcome metrics",
    provenance: { dataset: "D", snapshot: "S", rowsUsed: 19 },
  });

  it("draws a node per name and a link per flow, widths by value, labels with totals", () => {
    expect(html.match(/class="hnl-sankey-node"/g)).toHaveLength(6);
    expect(html.match(/class="hnl-sankey-link"/g)).toHaveLength(4);
    expect(html).toContain(">Health (12)</text>");
    expect(html).toContain('stroke="#4C9F38"');
    expect(html).toMatch(/<svg[^>]*role="img" aria-label="Sector to SDG: Outcome metrics by sector and goal\."/);
  });

  it("is a full figure: data table sorted by flow, CSV link, provenance, escaped text", () => {
    expect(html).toContain(
      '<tr><td data-label="Policy sector">Health</td><td data-label="SDG goal">SDG 3</td><td data-label="Outcome metrics" class="num">10</td></tr>',
    );
    expect(html).toContain('download="flows.csv"');
    expect(html).toContain("Source: D (S) · rows used: 19");
    expect(html).not.toContain("<b>x</b>");
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;");
  });
});

describe("sankeySvg layout", () => {
  it("gives every label of a column its own line and titles the three columns of a chained diagram", async () => {
    const { sankeySvg } = await import("../src/sankey-svg.js");
    const links = [
      ...Array.from({ length: 12 }, (_, i) => ({ source: "Health", target: `Goal ${i + 1}`, value: i === 0 ? 60 : 1 })),
      { source: "Goal 1", target: "Target 1.1", value: 30 },
      { source: "Goal 1", target: "Target 1.2", value: 1 },
      { source: "Goal 2", target: "Target 2.1", value: 1 },
    ];
    const svg = sankeySvg({ title: "t", description: "d", links, sourceTitle: "Sector", middleTitle: "Goal", targetTitle: "Target" });
    const labels = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" dy="0.35em"/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
    expect(labels).toHaveLength(16);
    for (const a of labels) for (const b of labels) if (a !== b && a.x === b.x) expect(Math.abs(a.y - b.y)).toBeGreaterThanOrEqual(14.9);
    expect([...svg.matchAll(/font-weight="bold"[^>]*>([^<]+)</g)].map((m) => m[1])).toEqual(["Sector", "Goal", "Target"]);
  });
});
