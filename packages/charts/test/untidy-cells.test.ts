import { describe, expect, it } from "vitest";
import { untidy, untidyCells } from "../src/untidy-cells.js";

describe("untidyCells", () => {
  it("names every written-out count, share, interval or number, and every missing column", () => {
    expect(untidy("241 of 344 (70%; 95% CI 65-75%)")).toBe("a count of a base, written out");
    expect(untidy("1 No poverty (n = 13)")).toBe("an n inside a label");
    expect(untidy("1,234")).toBe("a number written as text");
    expect(untidy(Number.NaN)).toBe("not a finite number");
    for (const ok of [12, null, "Low income", "CI", "2019"]) expect(untidy(ok), String(ok)).toBeNull();
    expect(
      untidyCells({
        rows: [{ goal: "No poverty", share: "12%" }],
        columns: [{ field: "goal" }, { field: "share" }, { field: "n" }],
      }),
    ).toEqual(["row 1, n: missing", 'row 1, share: a percent sign ("12%")']);
  });
});
