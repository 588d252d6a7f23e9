import { describe, expect, it } from "vitest";
import { rate } from "../src/rate.js";

describe("rate", () => {
  it("keeps the numerator and denominator beside the share", () => {
    expect(rate(12, 40)).toEqual({ numerator: 12, denominator: 40, value: 0.3, label: "12 of 40 (30%)" });
    expect(rate(1234, 5000, 1).label).toBe("1,234 of 5,000 (24.7%)");
  });
  it("does not divide by zero", () => {
    expect(rate(0, 0)).toEqual({ numerator: 0, denominator: 0, value: null, label: "0 of 0" });
  });
});
