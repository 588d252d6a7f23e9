import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { figure, figureHtml } from "../src/figure.js";

const rows = [
  { country: "United Kingdom", projects: 100 },
  { country: '<img src=x onerror="alert(1)">', projects: 3 },
];
const spec = barChart({
  data: rows,
  category: "country",
  value: "projects",
  categoryTitle: "Country",
  valueTitle: "Projects",
  title: "Projects by country",
  description: "Projects per country.",
});

describe("figure", () => {
  it("renders the chart as static SVG with marks and an accessible name", async () => {
    const html = await figure({
      id: "by-country",
      spec,
      rows,
      columns: [
        { field: "country", title: "Country" },
        { field: "projects", title: "Projects" },
      ],
      provenance: { dataset: "D", snapshot: "S", rowsUsed: 502 },
    });
    expect(html).toMatch(/<svg[^>]*role="img" aria-label="Projects by country: Projects per country."/);
    expect(html).toContain('class="mark-rect role-mark');
    expect(html).toContain('<figure class="hnl-figure" id="by-country">');
  });

  it("offers the data as a table, a CSV download and a provenance line", async () => {
    const html = await figure({
      id: "by-country",
      spec,
      rows,
      columns: [
        { field: "country", title: "Country" },
        { field: "projects", title: "Projects" },
      ],
      provenance: { dataset: "D", snapshot: "S", rowsUsed: 1502, filters: "delivery countries" },
    });
    expect(html).toContain('<tr><td data-label="Country">United Kingdom</td><td data-label="Projects" class="num">100</td></tr>');
    expect(html).toContain("Source: D (S) · rows used: 1,502 · delivery countries");
    const href = /download="by-country.csv" href="([^"]+)"/.exec(html)?.[1] ?? "";
    expect(
      decodeURIComponent(
        href
          .replace("data:text/csv;charset=utf-8,", "")
          .replaceAll("&amp;", "&")
          .replaceAll("&quot;", '"')
          .replaceAll("&lt;", "<")
          .replaceAll("&gt;", ">"),
      ),
    ).toBe('country,projects\r\nUnited Kingdom,100\r\n"<img src=x onerror=""alert(1)"">",3\r\n');
  });

  it("never lets data become markup", async () => {
    const html = await figure({
      id: "x",
      spec,
      rows,
      columns: [{ field: "country", title: "Country" }],
      provenance: { dataset: "D", snapshot: "S", rowsUsed: 2 },
    });
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  describe("on a phone, a chart too detailed to draw", () => {
    const cells = [
      { region: "Africa", goal: 3, projects: 12 },
      { region: "Africa", goal: 8, projects: 9 },
      { region: "Asia", goal: 4, projects: 11 },
    ];
    const columns = [
      { field: "region", title: "Region" },
      { field: "goal", title: "Goal" },
      { field: "projects", title: "Projects" },
      { field: "share", title: "Share (%)" },
    ];
    const base = {
      id: "grid",
      title: "Grid",
      description: "d",
      svg: { wide: "<svg></svg>", narrow: null },
      rows: cells,
      columns,
      provenance: { dataset: "D", snapshot: "S", rowsUsed: 3 },
    };
    const phoneOf = (html: string) => /<div class="hnl-layout-narrow hnl-phone-table">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? "";

    it("shows the full data table by default", () => {
      const phone = phoneOf(figureHtml(base));
      expect(phone).toContain("its numbers are shown as a table");
      expect(phone.match(/<tr>/g)).toHaveLength(4); // header and 3 rows
    });

    it("shows the shorter phone table, with its note, and keeps the full table under Data table", () => {
      const html = figureHtml({
        ...base,
        phoneTable: {
          note: "The goal each region targets most",
          rows: [
            { region: "Africa", top: "3 Health (12)" },
            { region: "Asia", top: "4 Education (11)" },
          ],
          columns: [
            { field: "region", title: "Region" },
            { field: "top", title: "Most targeted goal" },
          ],
        },
      });
      const phone = phoneOf(html);
      expect(phone).toContain("The goal each region targets most; every number is in the data table below");
      expect(phone).toContain('<td data-label="Most targeted goal">3 Health (12)</td>');
      expect(phone.match(/<tr>/g)).toHaveLength(3);
      expect(html).toContain("Data table (3 rows)");
    });

    it("refuses a phone table of more than three columns, saying why", () => {
      expect(() => figureHtml({ ...base, phoneTable: { note: "n", rows: cells, columns } })).toThrow(/at most three columns/);
    });
  });
});
