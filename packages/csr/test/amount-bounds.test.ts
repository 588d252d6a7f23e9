import { describe, expect, it } from "vitest";
import { amountOutOfBounds, MAX_AMOUNT_INR } from "../src/amount-bounds.js";

describe("amountOutOfBounds", () => {
  it("accepts amounts within the bounds, and a blank", () => {
    expect(amountOutOfBounds(0.07, "INR crore", "non-negative")).toBeNull();
    expect(amountOutOfBounds(0, "INR", "non-negative")).toBeNull();
    expect(amountOutOfBounds(null, "INR crore", "non-negative")).toBeNull();
    expect(amountOutOfBounds(MAX_AMOUNT_INR / 1e7, "INR crore", "non-negative")).toBeNull();
    expect(amountOutOfBounds(-1_600_000, "INR", "signed")).toBeNull();
  });

  it("rejects an amount above 10^15 rupees in any unit, either sign", () => {
    expect(amountOutOfBounds(12345678901, "INR crore", "non-negative")).toBe("too-large");
    expect(amountOutOfBounds(1e17, "INR", "signed")).toBe("too-large");
    expect(amountOutOfBounds(-1e17, "INR", "signed")).toBe("too-large");
    expect(amountOutOfBounds(1e308, "INR million", "non-negative")).toBe("too-large");
    expect(amountOutOfBounds(MAX_AMOUNT_INR / 1e7 + 1, "INR crore", "non-negative")).toBe("too-large");
  });

  it("rejects a negative amount where the sign is non-negative, and anything not finite", () => {
    expect(amountOutOfBounds(-0.5, "INR crore", "non-negative")).toBe("negative");
    expect(amountOutOfBounds(Number.POSITIVE_INFINITY, "INR", "signed")).toBe("not-finite");
    expect(amountOutOfBounds(Number.NaN, "INR", "non-negative")).toBe("not-finite");
  });

  it("keeps the largest amount well inside DECIMAL(18,2)", () => {
    expect(MAX_AMOUNT_INR * 10).toBeLessThanOrEqual(1e16);
  });
});
