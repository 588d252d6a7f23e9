import { describe, expect, it } from "vitest";
import { CHART_LAYOUTS, layoutSpec } from "../src/chart-layout.js";
import { dotPlot } from "../src/dot-plot.js";
import { drawnAtBothWidths } from "./drawn-at-both-widths.js";

const regions = ["Europe and Central Asia", "Latin America and Caribbean", "Sub-Saharan Africa"];
const options = {
  data: regions.map((region, i) => ({ region, share: 0.6 + i * 0.1, low: 0.5 + i * 0.1, high: 0.7 + i * 0.1 })),
  category: "region",
  value: "share",
  categoryTitle: "Region",
  valueTitle: "Outcome targets achieved",
  format: ".0%",
  title: "Outcome targets achieved by region",
  description: "Share of outcome targets achieved, with 95% confidence intervals.",
};
const twoYears = regions.flatMap((region, i) => [
  { region, year: "2015", projects: 3 + i },
  { region, year: "2022", projects: 9 - 2 * i },
]);

describe("dotPlot", () => {
  it("draws one dot per category, largest first, on an axis that need not start at zero", () => {
    const spec = dotPlot(options);
    expect(spec).toMatchObject({
      encoding: { y: { field: "region", sort: [...regions].reverse() } },
      layer: [{ mark: { type: "circle" }, encoding: { x: { field: "share", scale: { zero: false }, axis: { format: "~%" } } } }],
    });
  });

  it("draws an interval as a line through each dot and says so in the axis title", async () => {
    const spec = dotPlot({ ...options, lower: "low", upper: "high", intervalTitle: "95% confidence interval" });
    expect(spec).toMatchObject({
      layer: [
        { mark: { type: "rule" }, encoding: { x: { field: "low" }, x2: { field: "high" } } },
        { mark: { type: "circle" }, encoding: { x: { title: ["Outcome targets achieved", "(line: 95% confidence interval)"] } } },
      ],
    });
    const { narrow } = await drawnAtBothWidths(spec);
    expect(narrow).toContain("Latin America and");
  });

  it("joins two values per category with a line, coloured by series with a legend", async () => {
    const spec = dotPlot({ ...options, data: twoYears, value: "projects", series: "year", seriesTitle: "Year", format: "," });
    expect(spec).toMatchObject({
      encoding: { y: { sort: ["Sub-Saharan Africa", "Latin America and Caribbean", "Europe and Central Asia"] } },
      layer: [
        { mark: { type: "rule" }, encoding: { x: { aggregate: "min" }, x2: { aggregate: "max" } } },
        { mark: { type: "circle" }, encoding: { color: { field: "year", title: "Year", scale: { domain: ["2015", "2022"] } } } },
      ],
    });
    const { wide } = await drawnAtBothWidths(spec);
    expect(wide).toContain("2022");
  });

  it("sets two series with intervals side by side in each band, on a phone too", async () => {
    const data = twoYears.map((d) => ({ ...d, low: d.projects - 1, high: d.projects + 1 }));
    const spec = dotPlot({ ...options, data, value: "projects", series: "year", lower: "low", upper: "high", format: "," });
    expect(spec).toMatchObject({
      height: 120,
      layer: [{ encoding: { yOffset: { field: "year" } } }, { encoding: { yOffset: { field: "year" } } }],
    });
    expect(layoutSpec(spec, CHART_LAYOUTS.narrow)).toMatchObject({ height: 120 });
    await drawnAtBothWidths(spec);
  });

  it("names the field of a bad interval end, and refuses a third series", () => {
    expect(() => dotPlot({ ...options, lower: "lo", upper: "high" })).toThrow(
      'dotPlot: lower names the field "lo", but row 1 has no such field (it has "region", "share", "low", "high").',
    );
    const three = [...twoYears, { region: "South Asia", year: "2023", projects: 1 }];
    expect(() => dotPlot({ ...options, data: three, value: "projects", series: "year" })).toThrow(
      'dotPlot: series ("year") has 3 values ("2015", "2022", "2023"), at most 2 can be told apart.',
    );
  });
});
