import { describe, expect, it } from "vitest";
import { median } from "../../src/data/median.ts";

describe("median", () => {
  it("takes the middle value, or the mean of the middle two, leaving nulls out", () => {
    expect(median([1, 100, 2, null])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("is null with nothing to take it of", () => {
    expect(median([null])).toBeNull();
  });
});
