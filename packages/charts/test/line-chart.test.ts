import { describe, expect, it } from "vitest";
import { lineChart } from "../src/line-chart.js";
import { drawnAtBothWidths } from "./drawn-at-both-widths.js";

const options = {
  data: [
    { year: 2015, country: "United Kingdom", projects: 10 },
    { year: 2016, country: "United Kingdom", projects: 14 },
    { year: 2018, country: "United Kingdom", projects: 20 },
    { year: 2015, country: "United States", projects: 4 },
    { year: 2016, country: "United States", projects: 6 },
    { year: 2017, country: "United States", projects: 9 },
    { year: 2018, country: "United States", projects: null },
  ],
  x: "year",
  y: "projects",
  series: "country",
  seriesTitle: "Country",
  xTitle: "Year",
  yTitle: "Projects launched",
  title: "Projects launched by year and country",
  description: "Launches per year in two countries.",
};

describe("lineChart", () => {
  it("draws a marked line per series, coloured and shaped by series with a legend, years on a whole-number axis", () => {
    const spec = lineChart(options);
    expect(spec).toMatchObject({
      mark: { type: "line", point: { filled: true } },
      encoding: {
        x: { field: "year", type: "quantitative", axis: { format: "d", tickMinStep: 1 } },
        y: { field: "projects", scale: { zero: true } },
        color: { field: "country", title: "Country", scale: { domain: ["United Kingdom", "United States"] } },
        shape: { field: "country" },
      },
      config: { legend: { orient: "bottom" } },
    });
  });

  it("breaks a line at a missing year instead of drawing a slope no data shows", () => {
    const values = (lineChart(options).data as { values: Record<string, unknown>[] }).values;
    expect(values).toContainEqual({ year: 2017, projects: null, country: "United Kingdom" });
    expect(values.filter((v) => v.projects === null)).toHaveLength(2);
  });

  it("renders one series and several at 640 px and 340 px, every label whole and at least 11 px", async () => {
    const { narrow } = await drawnAtBothWidths(lineChart(options));
    expect(narrow).toContain("United Kingdom");
    const single = lineChart({ ...options, series: undefined, data: options.data.filter((d) => d.country === "United States") } as never);
    expect(single).not.toHaveProperty("encoding.color");
    await drawnAtBothWidths(single);
  });

  it("draws dates on a time axis and ordered labels evenly, in row order", async () => {
    const dates = lineChart({
      ...options,
      series: undefined,
      xType: "date",
      x: "date",
      data: [
        { date: "2020-01-31", projects: 3 },
        { date: "2021-06-30", projects: 5 },
      ],
    } as never);
    expect(dates).toMatchObject({ encoding: { x: { type: "temporal", scale: { type: "utc" }, axis: { format: "%b %Y" } } } });
    await drawnAtBothWidths(dates);
    const years = ["2019/20", "2018/19", "2020/21"].map((fy, i) => ({ fy, spend: i + 1 }));
    const ordinal = lineChart({ ...options, series: undefined, xType: "ordinal", x: "fy", y: "spend", data: years } as never);
    expect(ordinal).toMatchObject({ encoding: { x: { type: "ordinal", sort: ["2019/20", "2018/19", "2020/21"] } } });
    await drawnAtBothWidths(ordinal);
  });

  it("names the field of an x value that is not a year, and refuses more lines than can be told apart", () => {
    expect(() => lineChart({ ...options, data: [{ year: "FY2019", country: "A", projects: 1 }] })).toThrow(
      'lineChart: row 1, field "year" (x): expected a year, received "FY2019".',
    );
    const many = Array.from({ length: 9 }, (_, i) => ({ year: 2019, country: `C${i}`, projects: i }));
    expect(() => lineChart({ ...options, data: many })).toThrow(
      /^lineChart: series \("country"\) has 9 values .* at most 8 can be told apart/,
    );
  });
});
