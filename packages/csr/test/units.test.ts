import { describe, expect, it } from "vitest";
import { AMOUNT_UNITS, toRupees } from "../src/units.js";

describe("toRupees", () => {
  it("converts crore and millions to rupees, to the paisa", () => {
    expect(AMOUNT_UNITS).toEqual({ INR: 1, "INR crore": 10_000_000, "INR million": 1_000_000 });
    expect(toRupees(0.07, "INR crore")).toBe(700_000);
    expect(toRupees(0.5123745, "INR crore")).toBe(5_123_745);
    expect(toRupees(3.5e-6, "INR crore")).toBe(35);
    expect(toRupees(935.8, "INR million")).toBe(935_800_000);
    expect(toRupees(853_700_000, "INR")).toBe(853_700_000);
  });

  it("keeps a blank blank: null is never zero", () => {
    expect(toRupees(null, "INR crore")).toBeNull();
    expect(toRupees(0, "INR crore")).toBe(0);
  });
});
