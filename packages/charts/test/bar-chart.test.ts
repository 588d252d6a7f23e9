import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";

const options = {
  data: [
    { sector: "Health", projects: 55 },
    { sector: "Employment and training", projects: 96 },
  ],
  category: "sector",
  value: "projects",
  categoryTitle: "Policy sector",
  valueTitle: "Projects",
  title: "Projects by policy sector",
  description: "Number of impact bond projects in each policy sector.",
};

describe("barChart", () => {
  it("puts categories on the y axis, largest first, with a title and description", () => {
    const spec = barChart(options);
    expect(spec.title).toBe("Projects by policy sector");
    expect(spec.description).toBe("Number of impact bond projects in each policy sector.");
    expect((spec.data as { values: unknown[] }).values).toEqual([
      { sector: "Employment and training", projects: 96 },
      { sector: "Health", projects: 55 },
    ]);
    expect(spec).toMatchObject({ encoding: { y: { field: "sector", sort: null }, x: { field: "projects", type: "quantitative" } } });
  });

  it("does not reorder the caller's rows", () => {
    const data = [...options.data];
    barChart({ ...options, data });
    expect(data).toEqual(options.data);
  });
});
