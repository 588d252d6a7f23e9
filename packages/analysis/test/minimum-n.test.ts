import { describe, expect, it } from "vitest";
import { minimumN } from "../src/minimum-n.js";

describe("minimumN", () => {
  it("puts every group in ranked or too few, keeping the order given and stating the minimum", () => {
    const groups = [
      { goal: 3, n: 26 },
      { goal: 1, n: 13 },
      { goal: 5, n: 2 },
      { goal: 10, n: 1 },
      { goal: 8, n: 10 },
    ];
    expect(minimumN(groups, (g) => g.n, 10)).toEqual({
      minimum: 10,
      ranked: [
        { goal: 3, n: 26 },
        { goal: 1, n: 13 },
        { goal: 8, n: 10 },
      ],
      tooFew: [
        { goal: 5, n: 2 },
        { goal: 10, n: 1 },
      ],
    });
  });

  it("loses no group", () => {
    const groups = Array.from({ length: 20 }, (_, i) => ({ n: i }));
    const split = minimumN(groups, (g) => g.n, 7);
    expect(split.ranked.length + split.tooFew.length).toBe(groups.length);
  });
});
