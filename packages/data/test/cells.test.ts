import { describe, expect, it } from "vitest";
import { parseMoney, parseNumber } from "../src/cells.js";

describe("parseNumber", () => {
  it("reads plain, grouped, signed and exponent numbers", () => {
    expect(["1250000", "1,250,000.50", "-3.5", "+2", ".5", "4428025.551147752", "1e3"].map(parseNumber)).toEqual([
      1250000, 1250000.5, -3.5, 2, 0.5, 4428025.551147752, 1000,
    ]);
  });

  it("refuses words, units, misplaced commas and blanks", () => {
    expect(["", "n/a", "USD 12m", "3% to 5%", "1,25,000", "12,", "."].map(parseNumber).every(Number.isNaN)).toBe(true);
  });
});

describe("parseMoney", () => {
  it("reads grouped rupees, rupee-prefixed crore and signs", () => {
    expect(["853,700,000.00", "₹ 10.44", "₹10", "Rs. 1,200", "INR 5", "-5", "₹ -2.5", "0"].map(parseMoney)).toEqual([
      853700000, 10.44, 10, 1200, 5, -5, -2.5, 0,
    ]);
  });

  it("refuses words, ranges and two numbers", () => {
    expect(["NA", "3 to 5", "10 20", "₹", "1,2,3", "12m"].map(parseMoney).every(Number.isNaN)).toBe(true);
  });
});
