import { describe, expect, it } from "vitest";
import { moneyCell, numberCell, parseMoney, parseNumber, partialDateCell } from "../src/cells.js";

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

describe("partialDateCell", () => {
  const date = partialDateCell({ column: "Date", description: "A date." });
  it("accepts real partial and full dates, including 29 February of a leap year", () => {
    for (const d of ["2018", "2018-03", "2018-03-15", "2020-02-29", "2000-02-29"]) expect(date.parse(d)).toBe(d);
  });
  it("rejects impossible days such as 30 February, 31 April and 29 February of a common year", () => {
    for (const d of ["2021-02-30", "2021-04-31", "2019-02-29", "1900-02-29"]) expect(date.safeParse(d).success, d).toBe(false);
  });
});

describe("amount bounds", () => {
  const amount = numberCell({ column: "Amount", description: "An amount." });
  const spend = numberCell({ column: "Spend", description: "A spend.", min: 0 });
  const money = moneyCell({ column: "Money", description: "Money.", unit: "INR" });
  it("rejects amounts beyond what can be added up exactly (±1e308, 1e16)", () => {
    for (const v of ["1e308", "-1e308", "1e16", "-9007199254740993"]) expect(amount.safeParse(v).success, v).toBe(false);
    expect(money.safeParse("100000000000000000000").success).toBe(false);
    expect(amount.parse("853,700,000.00")).toBe(853700000);
  });
  it("rejects a negative spend", () => {
    expect(spend.safeParse("-5").success).toBe(false);
    expect(spend.parse("0")).toBe(0);
  });
});
