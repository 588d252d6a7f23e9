import { describe, expect, it } from "vitest";
import { barChart } from "../src/bar-chart.js";
import { CHART_LAYOUTS, layoutSpec, withPhoneSpec, wrapLabel } from "../src/chart-layout.js";
import { responsiveSvg, svgWidth } from "../src/figure.js";
import { heatmapChart } from "../src/heatmap-chart.js";

const long = "Child and family welfare, including early years support";
const bars = () =>
  barChart({
    data: [
      { sector: long, projects: 12 },
      { sector: "Health", projects: 55 },
    ],
    category: "sector",
    value: "projects",
    categoryTitle: "Sector",
    valueTitle: "Projects",
    title: "Projects by sector",
    description: "Two sectors.",
  });

describe("wrapLabel", () => {
  it("breaks at spaces within the width and keeps a longer word whole", () => {
    expect(wrapLabel("Employment and training", 12)).toEqual(["Employment", "and training"]);
    expect(wrapLabel("Supercalifragilistic word", 10)).toEqual(["Supercalifragilistic", "word"]);
    expect(wrapLabel("Health", 20)).toEqual(["Health"]);
  });
});

describe("layoutSpec", () => {
  it("never cuts a category label: it wraps it and grows the band to hold its lines", () => {
    const spec = layoutSpec(bars(), CHART_LAYOUTS.narrow) as unknown as {
      encoding: { y: { axis: { labelLimit: number; labelExpr: string } } };
      height: { step: number };
      width: number;
      autosize: unknown;
    };
    expect(spec.encoding.y.axis.labelLimit).toBe(0);
    expect(spec.encoding.y.axis.labelExpr).toContain(JSON.stringify(wrapLabel(long, CHART_LAYOUTS.narrow.wrap)));
    expect(spec.height.step).toBeGreaterThanOrEqual(wrapLabel(long, CHART_LAYOUTS.narrow.wrap).length * 15);
    expect(spec.width).toBe(CHART_LAYOUTS.narrow.width);
    expect(spec.autosize).toEqual({ type: "fit-x", contains: "padding" });
  });

  it("keeps rotated column labels on one line each, uncut (wrapped, neighbours' lines interleave)", () => {
    const grid = heatmapChart({
      data: [
        { impact: "Lost partner/donor funding", sector: "Health", pct: 20 },
        { impact: "Lost user-fee revenue", sector: "Health", pct: 30 },
      ],
      row: "sector",
      column: "impact",
      value: "pct",
      rowTitle: "Sector",
      columnTitle: "Impact",
      valueTitle: "Share (%)",
      title: "Impacts by sector",
      description: "Two impacts.",
    }) as unknown as { encoding: { x: { axis: Record<string, unknown> } } };
    grid.encoding.x.axis = { labelAngle: -60, labelAlign: "right" };
    const spec = layoutSpec(grid as never, CHART_LAYOUTS.wide) as unknown as { encoding: { x: { axis: Record<string, unknown> } } };
    expect(spec.encoding.x.axis).toEqual({ labelAngle: -60, labelAlign: "right", labelLimit: 0 });
  });

  it("leaves the spec it is given unchanged", () => {
    const spec = bars();
    const before = JSON.stringify(spec);
    layoutSpec(spec, CHART_LAYOUTS.wide);
    expect(JSON.stringify(spec)).toBe(before);
  });
});

describe("withPhoneSpec", () => {
  it("gives a phone its own drawing, titled like the desktop one, and leaves the desktop one as it was", () => {
    const desktop = bars();
    const { title: _t, ...phone } = barChart({
      ...{ data: [{ s: "A", n: 1 }] },
      category: "s",
      value: "n",
      categoryTitle: "S",
      valueTitle: "N",
      title: "x",
      description: "y",
    });
    const spec = withPhoneSpec(desktop, phone as never);
    expect(layoutSpec(spec, CHART_LAYOUTS.narrow)).toMatchObject({
      title: "Projects by sector",
      description: "Two sectors.",
      encoding: { y: { field: "s" } },
    });
    const wide = layoutSpec(spec, CHART_LAYOUTS.wide);
    expect(wide).toMatchObject({ encoding: { y: { field: "sector" } } });
    expect(wide).not.toHaveProperty("usermeta");
  });
});

describe("responsiveSvg", () => {
  it("draws a bar chart for a desktop and a phone, each within its width, every label whole", async () => {
    const { wide, narrow } = await responsiveSvg(bars(), "Projects by sector");
    expect(svgWidth(wide)).toBeLessThanOrEqual(CHART_LAYOUTS.wide.width + 18);
    expect(narrow).not.toBeNull();
    expect(svgWidth(narrow ?? "")).toBeLessThanOrEqual(CHART_LAYOUTS.narrow.width + 18);
    for (const svg of [wide, narrow ?? ""]) {
      expect(svg).not.toContain("…");
      expect(svg).toContain("Child and family");
    }
  });

  it("gives no phone drawing for a heatmap too wide for a phone (the figure shows a table there)", async () => {
    const data = Array.from({ length: 17 }, (_, g) => ({ row: "Employment and training", goal: String(g + 1), n: g }));
    const { narrow } = await responsiveSvg(
      heatmapChart({
        data,
        row: "row",
        column: "goal",
        value: "n",
        rowTitle: "Sector",
        columnTitle: "SDG",
        valueTitle: "Metrics",
        title: "t",
        description: "d",
      }),
      "t",
    );
    expect(narrow).toBeNull();
  });
});

describe("estimateTextWidth", () => {
  it("estimates a label nearer its drawn width than Vega's 0.8 em a character, and never under 0.5 em", async () => {
    const { estimateTextWidth } = await import("../src/render-svg.js");
    const label = "Employment and training";
    const w = estimateTextWidth(label, 13);
    expect(w).toBeLessThan(0.8 * label.length * 13);
    expect(w).toBeGreaterThan(0.5 * label.length * 13);
    expect(estimateTextWidth("WWW", 10, true)).toBeGreaterThan(estimateTextWidth("WWW", 10));
  });
});
