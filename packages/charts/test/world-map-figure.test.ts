import { describe, expect, it } from "vitest";
import { worldMapFigure } from "../src/world-map-figure.js";

describe("worldMapFigure", () => {
  const html = worldMapFigure({
    id: "map",
    title: "Where",
    description: "Projects by country.",
    values: new Map([
      ["GB", 100],
      ["KE", 16],
      ["SG", 2],
    ]),
    valueTitle: "projects",
    provenance: { dataset: "D", snapshot: "S", rowsUsed: 118 },
  });

  it("shades the countries with a value and names each in a title", () => {
    expect(html.match(/<path /g)?.length).toBeGreaterThan(150);
    expect(html).toContain("<title>United Kingdom: 100</title>");
    expect(html).toContain("<title>Kenya: 16</title>");
    expect(html).toContain("<title>France: 0</title>");
  });

  it("lists every country in the table, saying which are too small for the map", () => {
    expect(html).toContain(
      '<tr><td data-label="Country">United Kingdom</td><td data-label="ISO code">GB</td><td data-label="projects" class="num">100</td><td data-label="Shown on the map">yes</td></tr>',
    );
    expect(html).toContain(
      '<tr><td data-label="Country">Singapore</td><td data-label="ISO code">SG</td><td data-label="projects" class="num">2</td><td data-label="Shown on the map">too small at this scale</td></tr>',
    );
  });

  it("draws shapes to a tenth of a pixel, no finer (page weight)", () => {
    const numbers = [...html.matchAll(/ d="([^"]+)"/g)].flatMap((m) => m[1]?.match(/-?\d+(\.\d+)?/g) ?? []);
    expect(numbers.length).toBeGreaterThan(1000);
    expect(numbers.filter((n) => /\.\d{2,}/.test(n))).toEqual([]);
    expect(html.length).toBeLessThan(100_000);
  });
});
