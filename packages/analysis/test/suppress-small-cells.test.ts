import { describe, expect, it } from "vitest";
import { suppressSmallCells } from "../src/suppress-small-cells.js";

describe("suppressSmallCells", () => {
  it("hides counts below the threshold, shows zeros, and hides a second cell where a total would reveal the first", () => {
    const out = suppressSmallCells(
      [
        { row: "a", column: "x", count: 3 },
        { row: "a", column: "y", count: 9 },
        { row: "a", column: "z", count: 0 },
        { row: "b", column: "x", count: 12 },
        { row: "b", column: "y", count: 20 },
        { row: "b", column: "z", count: 7 },
      ],
      { threshold: 5, totals: "rows" },
    );
    expect(out).toEqual([
      { row: "a", column: "x", count: null, suppressed: "primary" },
      { row: "a", column: "y", count: null, suppressed: "complementary" },
      { row: "a", column: "z", count: 0, suppressed: null },
      { row: "b", column: "x", count: 12, suppressed: null },
      { row: "b", column: "y", count: 20, suppressed: null },
      { row: "b", column: "z", count: 7, suppressed: null },
    ]);
  });

  it("follows complementary suppression across rows and columns until no line has a lone hidden cell", () => {
    const out = suppressSmallCells([
      { row: "a", column: "x", count: 2 },
      { row: "a", column: "y", count: 10 },
      { row: "b", column: "x", count: 11 },
      { row: "b", column: "y", count: 30 },
    ]);
    expect(out.map((c) => c.suppressed)).toEqual(["primary", "complementary", "complementary", "complementary"]);
  });

  it("changes nothing when every count is at or above the threshold", () => {
    const cells = [{ row: "a", column: "x", count: 5 }];
    expect(suppressSmallCells(cells)).toEqual([{ row: "a", column: "x", count: 5, suppressed: null }]);
  });
});
