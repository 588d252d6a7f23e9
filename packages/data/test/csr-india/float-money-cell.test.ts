import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cellMeta } from "../../src/cells.js";
import { floatMoneyCell } from "../../src/csr-india/float-money-cell.js";

const cell = floatMoneyCell({ column: "Amount (In INR Cr.)", description: "Amount spent.", unit: "INR crore", missing: ["NA"] });

describe("floatMoneyCell", () => {
  it("reads plain and exponent-notation numbers; blank and missing tokens are null, never zero", () => {
    expect(["0.07", "117.39354", "3.5e-06", "1E-9", "0", "", "  ", "NA", undefined].map((v) => cell.parse(v))).toEqual([
      0.07,
      117.39354,
      0.0000035,
      1e-9,
      0,
      null,
      null,
      null,
      null,
    ]);
  });

  it("rejects words, naming the unit", () => {
    const result = z.object({ amount: cell }).safeParse({ amount: "about 2 crore" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      message: "an amount of money in INR crore written as a number, such as 0.07, 117.39354 or 3.5e-06",
      params: { value: "about 2 crore", hint: "Write one amount, without words or ranges; blank means unknown, not zero." },
    });
  });

  it("carries its column, unit and type for the data dictionary", () => {
    expect(cellMeta(cell)).toEqual({
      column: "Amount (In INR Cr.)",
      description: "Amount spent.",
      type: "money (INR crore)",
      required: false,
      unit: "INR crore",
      max: Number.MAX_SAFE_INTEGER,
      missing: ["NA"],
    });
  });
});
