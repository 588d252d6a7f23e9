import { describe, expect, it } from "vitest";
import { message } from "../src/messages.js";
import { tooFew } from "../src/too-few.js";

describe("tooFew", () => {
  it("is true below the minimum and false from the minimum on", () => {
    expect(tooFew(0, 10)).toBe(true);
    expect(tooFew(9, 10)).toBe(true);
    expect(tooFew(10, 10)).toBe(false);
    expect(tooFew(26, 10)).toBe(false);
  });

  it("refuses a minimum that is not a whole number of at least 1, and an n that is not a count", () => {
    expect(() => tooFew(5, 0)).toThrow(message.badMinimumN(0));
    expect(() => tooFew(5, 2.5)).toThrow(message.badMinimumN(2.5));
    expect(() => tooFew(-1, 10)).toThrow(message.badGroupSize(-1));
    expect(() => tooFew(Number.NaN, 10)).toThrow(message.badGroupSize(Number.NaN));
  });
});
