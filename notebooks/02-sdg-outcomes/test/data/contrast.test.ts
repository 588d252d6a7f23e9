import { proportion } from "@hnl/analysis";
import { describe, expect, it } from "vitest";
import { contrast } from "../../src/data/contrast.ts";

describe("contrast", () => {
  it("finds the highest and lowest share and whether their intervals part", () => {
    const groups = [
      { name: "a", p: proportion(21, 37) },
      { name: "b", p: proportion(2, 50) },
      { name: "c", p: proportion(10, 40) },
    ];
    expect(contrast(groups, (g) => g.p)).toEqual({ high: groups[0], low: groups[1], separated: true });
    expect(contrast([groups[2], { name: "d", p: proportion(12, 40) }], (g) => g?.p ?? proportion(0, 0))?.separated).toBe(false);
  });

  it("is null with fewer than two groups with a share", () => {
    expect(contrast([{ p: proportion(0, 0) }, { p: proportion(1, 2) }], (g) => g.p)).toBeNull();
  });
});
