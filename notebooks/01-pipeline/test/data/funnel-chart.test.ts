import { describe, expect, it } from "vitest";
import { FUNNEL_COLOURS, funnelChart } from "../../src/data/funnel-chart.ts";

const steps = [
  { step: "Scoping", projects: 11, share: "11 of 132 (8%)", label: "11 (8%)" },
  { step: "Early stage", projects: 58, share: "58 of 132 (44%)", label: "58 (44%)" },
  { step: "Launched", projects: 2, share: "2 of 132 (2%)", label: "2 (2%)" },
];

describe("funnelChart", () => {
  const spec = funnelChart(steps, { launched: "Launched", none: "Stage not recorded", title: "t", description: "d" }) as unknown as {
    encoding: { y: { sort: string[] } };
    layer: { encoding: { color?: { condition: { value: string }[] }; text?: { field: string } } }[];
  };

  it("keeps the steps in funnel order, not largest first", () => {
    expect(spec.encoding.y.sort).toEqual(["Scoping", "Early stage", "Launched"]);
  });

  it("labels each bar with its count and share, and colours the launched step apart", () => {
    expect(spec.layer[1]?.encoding.text).toEqual({ field: "label", type: "nominal" });
    expect(spec.layer[0]?.encoding.color?.condition[0]?.value).toBe(FUNNEL_COLOURS.launched);
  });
});
