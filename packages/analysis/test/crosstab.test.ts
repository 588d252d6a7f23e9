import { describe, expect, it } from "vitest";
import { crosstab } from "../src/crosstab.js";

describe("crosstab", () => {
  it("counts by two variables with row shares and totals, keeping missing values", () => {
    const rows = [
      { region: "Africa", goal: 4 },
      { region: "Africa", goal: 4 },
      { region: "Africa", goal: 8 },
      { region: null, goal: 3 },
    ];
    expect(crosstab(rows, "region", "goal")).toEqual([
      { row: "Africa", column: "4", count: 2, rowTotal: 3, rowShare: 2 / 3 },
      { row: "Africa", column: "8", count: 1, rowTotal: 3, rowShare: 1 / 3 },
      { row: "Not recorded", column: "3", count: 1, rowTotal: 1, rowShare: 1 },
    ]);
  });
});
