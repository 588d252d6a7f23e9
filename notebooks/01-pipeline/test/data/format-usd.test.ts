import { describe, expect, it } from "vitest";
import { formatAmount, formatUsd } from "../../src/data/format-usd.ts";

describe("formatUsd", () => {
  it("writes amounts short with at most one decimal", () => {
    expect([660_000, 5_500_000, 6_000_000, 18_400_000, 100_000_000, 3_500_000_000, 950].map(formatUsd)).toEqual([
      "$660K",
      "$5.5M",
      "$6M",
      "$18.4M",
      "$100M",
      "$3.5B",
      "$950",
    ]);
  });

  it("writes another currency's code after the amount", () => {
    expect(formatAmount(16_200_000, "", " EUR")).toBe("16.2M EUR");
  });
});
