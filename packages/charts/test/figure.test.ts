import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { figure } from "../src/figure.js";

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
});
