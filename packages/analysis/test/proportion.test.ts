import { describe, expect, it } from "vitest";
import { proportion } from "../src/proportion.js";

describe("proportion", () => {
  it("carries its numerator, denominator and 95% Wilson interval in the label", () => {
    const p = proportion(12, 40);
    expect(p).toMatchObject({ numerator: 12, denominator: 40, value: 0.3 });
    expect(p.lower).toBeCloseTo(0.1807, 4);
    expect(p.upper).toBeCloseTo(0.4543, 4);
    expect(p.label).toBe("12 of 40 (30%; 95% CI 18–45%)");
  });

  it("has no share and no interval on a base of 0", () => {
    expect(proportion(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null, lower: null, upper: null, label: "0 of 0" });
  });
});
