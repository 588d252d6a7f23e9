import { barChart, validateSpec } from "@hnl/charts";
import { describe, expect, it } from "vitest";
import { inCategoryOrder, LABEL_LIMIT, stackedBy } from "../../src/data/chart-order.ts";

const spec = barChart({
  data: [
    { stage: "Late", n: 1 },
    { stage: "Early", n: 5 },
  ],
  category: "stage",
  value: "n",
  categoryTitle: "Stage",
  valueTitle: "N",
  title: "T",
  description: "D",
});

describe("inCategoryOrder", () => {
  it("replaces the largest-first sort with the given order and widens the label limit, keeping a valid spec", () => {
    const ordered = inCategoryOrder(spec, ["Early", "Late"]) as { encoding: { y: { sort: string[]; axis: { labelLimit: number } } } };
    expect(ordered.encoding.y.sort).toEqual(["Early", "Late"]);
    expect(ordered.encoding.y.axis.labelLimit).toBe(LABEL_LIMIT);
    expect(() => validateSpec(ordered as never)).not.toThrow();
  });

  it("refuses a spec with no y encoding", () => {
    expect(() => inCategoryOrder({ mark: "bar" } as never, ["a"])).toThrow(/no y encoding/);
  });
});

describe("stackedBy", () => {
  it("stacks by a numeric field", () => {
    expect((stackedBy(spec, "i") as { encoding: { order: unknown } }).encoding.order).toEqual({ field: "i", type: "quantitative" });
  });
});
