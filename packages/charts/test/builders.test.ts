import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { heatmapChart } from "../src/heatmap-chart.js";
import { renderSvg } from "../src/render-svg.js";
import { stackedBarChart } from "../src/stacked-bar-chart.js";
import { timelineChart } from "../src/timeline-chart.js";
import { validateSpec } from "../src/validate-spec.js";

const specs = {
  bar: barChart({
    data: [{ c: "A", n: 3 }],
    category: "c",
    value: "n",
    categoryTitle: "C",
    valueTitle: "N",
    title: "Bar",
    description: "A bar.",
  }),
  stacked: stackedBarChart({
    data: [
      { region: "Africa", goal: "4", n: 3 },
      { region: "Africa", goal: "8", n: 2 },
      { region: "Asia", goal: "4", n: 1 },
    ],
    category: "region",
    value: "n",
    series: "goal",
    categoryTitle: "Region",
    valueTitle: "Links",
    seriesTitle: "SDG",
    title: "Stacked",
    description: "Stacked bars.",
    colours: { domain: ["4", "8"], range: ["#C5192D", "#A21942"] },
  }),
  heatmap: heatmapChart({
    data: [
      { r: "Africa", c: "4", n: 3 },
      { r: "Asia", c: "8", n: 1 },
    ],
    row: "r",
    column: "c",
    value: "n",
    rowTitle: "Region",
    columnTitle: "Goal",
    valueTitle: "Links",
    title: "Heatmap",
    description: "Cells.",
    columnOrder: ["4", "8"],
  }),
  timeline: timelineChart({
    data: [
      { label: "P1", start: "2015-01-01", end: "2018-06-01", group: "Family A" },
      { label: "P2", start: "2019-01-01", end: "2022-12-01", group: "Family A" },
    ],
    label: "label",
    start: "start",
    end: "end",
    group: "group",
    groupTitle: "Family",
    title: "Timeline",
    description: "Bars in time.",
  }),
};

describe("chart builders", () => {
  for (const [name, spec] of Object.entries(specs)) {
    it(`${name}: a spec valid against the schema vega-lite ships, with title and description, that renders marks`, async () => {
      expect(validateSpec(spec)).toBe(spec);
      expect(spec.title).toBeTruthy();
      expect(spec.description).toBeTruthy();
      const svg = await renderSvg(spec);
      expect(svg).toMatch(/^<svg[^>]*role="img"/);
      expect(svg).toMatch(/class="mark-(rect|text)/);
      expect(svg).toMatchSnapshot();
    });
  }
});

describe("validateSpec", () => {
  it("rejects a spec vega-lite would not accept, naming the path", () => {
    expect(() => validateSpec({ mark: "bar", encoding: { x: { field: "a", type: "quantitatve" } } } as never)).toThrow(
      /^The chart spec is not valid Vega-Lite: .*\/encoding\/x/,
    );
  });
});
