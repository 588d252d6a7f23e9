import { describe, expect, it } from "vitest";
import { wilsonInterval } from "../src/wilson-interval.js";

// Newcombe, R. G. (1998), "Two-sided confidence intervals for the single proportion: comparison
// of seven methods", Statistics in Medicine 17, 857-872, Table I, method 3 (score, no continuity
// correction).
const NEWCOMBE: [number, number, number, number][] = [
  [81, 263, 0.2553, 0.3662],
  [15, 148, 0.0624, 0.1605],
  [0, 20, 0, 0.1611],
  [1, 29, 0.0061, 0.1718],
  [29, 29, 0.883, 1],
];

describe("wilsonInterval", () => {
  it.each(NEWCOMBE)("gives Newcombe's published interval for %i of %i", (k, n, lower, upper) => {
    const ci = wilsonInterval(k, n);
    expect(ci.lower).toBeCloseTo(lower, 4);
    expect(ci.upper).toBeCloseTo(upper, 4);
  });

  it("is exactly 0 at no successes and 1 at all successes", () => {
    expect(wilsonInterval(0, 7).lower).toBe(0);
    expect(wilsonInterval(7, 7).upper).toBe(1);
  });

  it("is symmetric around one half: 5 of 10 gives 0.2366 to 0.7634", () => {
    const ci = wilsonInterval(5, 10);
    expect(ci.lower).toBeCloseTo(0.2366, 4);
    expect(ci.upper).toBeCloseTo(0.7634, 4);
  });

  it("says nothing (0 to 1) when there are no trials", () => {
    expect(wilsonInterval(0, 0)).toEqual({ lower: 0, upper: 1 });
  });
});
