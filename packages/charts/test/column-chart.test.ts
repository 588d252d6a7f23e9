import { describe, expect, it } from "vitest";
import { CHART_LAYOUTS, layoutSpec } from "../src/chart-layout.js";
import { columnChart } from "../src/column-chart.js";
import { drawnAtBothWidths } from "./drawn-at-both-widths.js";

const years = (n: number) => Array.from({ length: n }, (_, i) => ({ year: 2010 + i, projects: 3 + ((i * 7) % 20) }));
const options = {
  data: years(5),
  category: "year",
  value: "projects",
  categoryTitle: "Year of launch",
  valueTitle: "Projects launched",
  title: "Projects launched by year",
  description: "Impact bonds launched each year.",
};
const bands = ["Under USD 1 million", "USD 1 to 5 million", "USD 5 to 10 million", "USD 10 to 50 million", "Over USD 50 million"];

describe("columnChart", () => {
  it("draws one column per row, categories along x in the order given, each labelled with its value", () => {
    const spec = columnChart(options);
    expect(spec).toMatchObject({
      title: "Projects launched by year",
      description: "Impact bonds launched each year.",
      encoding: {
        x: { field: "year", type: "ordinal", sort: [2010, 2011, 2012, 2013, 2014], axis: { labelAngle: 0 } },
        y: { field: "projects", type: "quantitative", title: "Projects launched" },
      },
      layer: [{ mark: { type: "bar" } }, { mark: { type: "text" }, encoding: { text: { field: "projects" } } }],
    });
    expect(columnChart({ ...options, order: [2014, 2013, 2012, 2011, 2010] })).toMatchObject({
      encoding: { x: { sort: [2014, 2013, 2012, 2011, 2010] } },
    });
  });

  it("renders at 640 px and 340 px, every label whole and at least 11 px", async () => {
    const { wide, narrow } = await drawnAtBothWidths(columnChart(options));
    expect(narrow).not.toBeNull();
    for (const svg of [wide, narrow ?? ""]) expect(svg).toContain(">2014<");
  });

  it("keeps many years as columns on a phone, without value labels that would touch", async () => {
    const spec = columnChart({ ...options, data: years(16) });
    const phone = layoutSpec(spec, CHART_LAYOUTS.narrow) as { layer: unknown[]; encoding: { x: { field: string } } };
    expect(phone.encoding.x.field).toBe("year");
    expect(phone.layer).toHaveLength(1);
    expect((layoutSpec(spec, CHART_LAYOUTS.wide) as { layer: unknown[] }).layer).toHaveLength(2);
    await drawnAtBothWidths(spec);
  });

  it("draws long category names as horizontal bars on a phone, in the same order", async () => {
    const spec = columnChart({ ...options, data: bands.map((band, i) => ({ band, projects: 10 + i })), category: "band" });
    expect(layoutSpec(spec, CHART_LAYOUTS.wide)).toMatchObject({ encoding: { x: { field: "band" } } });
    expect(layoutSpec(spec, CHART_LAYOUTS.narrow)).toMatchObject({
      title: "Projects launched by year",
      encoding: { y: { field: "band", sort: bands }, x: { field: "projects" } },
    });
    const { wide, narrow } = await drawnAtBothWidths(spec);
    expect(wide).toContain("Under USD 1");
    expect(narrow).toContain("Over USD 50 million");
  });

  it("names the field and row of a value that is not a number", () => {
    expect(() =>
      columnChart({
        ...options,
        data: [
          { year: 2019, projects: 2 },
          { year: 2020, projects: "n/a" },
        ],
      }),
    ).toThrow('columnChart: row 2, field "projects" (value): expected a number, received "n/a".');
    expect(() => columnChart({ ...options, value: "project" })).toThrow(
      'columnChart: value names the field "project", but row 1 has no such field (it has "year", "projects").',
    );
  });
});
