import { type FxRate, loadFxMonthlyRates, loadFxYearlyRates, resolveDataDir } from "@hnl/data";
import { beforeAll, describe, expect, it } from "vitest";
import { type FxRates, toUsd } from "../src/to-usd.js";

const dir = resolveDataDir({ flag: process.env["HNL_DATA_DIR"] ?? new URL("../../../../shared/datasets", import.meta.url).pathname });
let real: FxRates;
beforeAll(async () => {
  real = {
    yearly: (await loadFxYearlyRates(dir, { mode: "strict" })).records,
    monthly: (await loadFxMonthlyRates(dir, { mode: "strict" })).records,
  };
});

const rate = (country: string, date: string, unitsPerUsd: number): FxRate => ({
  date,
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
  country,
  unitsPerUsd,
});

describe("toUsd on the real FRED rates", () => {
  it("converts 3.5 billion rand at South Africa's 2022 yearly rate, naming rate, year and series", () => {
    const zar2022 = real.yearly.find((r) => r.country === "South Africa" && r.year === 2022)?.unitsPerUsd ?? Number.NaN;
    const r = toUsd(3.5e9, "ZAR", 2022, real);
    expect(r).toEqual({
      ok: true,
      usd: 3.5e9 / zar2022,
      amount: 3.5e9,
      currency: "ZAR",
      rate: zar2022,
      year: 2022,
      country: "South Africa",
      series: "yearly",
    });
    // About 214 million US dollars, close to the 212 million the record's own note gives.
    expect(r.ok && r.usd / 1e6).toBeCloseTo(214, 0);
  });

  it("converts euros at the Euro's yearly rate (units per dollar: 10 million euros were about 10.5 million dollars in 2022)", () => {
    const r = toUsd(10e6, "eur", 2022, real);
    expect(r.ok && [r.rate, r.country, r.series]).toEqual([0.9493, "Euro", "yearly"]);
    expect(r.ok && r.usd).toBeCloseTo(10e6 / 0.9493, 0);
  });

  it("takes the mean of the 12 monthly rates where the yearly table lacks the country (the UK)", () => {
    const months = real.monthly.filter((r) => r.country === "United Kingdom" && r.year === 2022).map((r) => r.unitsPerUsd);
    expect(months).toHaveLength(12);
    const r = toUsd(1e6, "GBP", 2022, real);
    expect(r.ok && r.series).toBe("mean of 12 monthly");
    expect(r.ok && r.rate).toBeCloseTo(months.reduce((a, b) => a + b, 0) / 12, 10);
    expect(r.ok && r.rate).toBeGreaterThan(0.75);
    expect(r.ok && r.rate).toBeLessThan(0.9);
  });

  it("reports a currency FRED does not quote (COP, KES) and never guesses a rate", () => {
    for (const code of ["COP", "KES"]) {
      const r = toUsd(2e10, code, 2022, real);
      expect(r).toMatchObject({ ok: false, reason: "currency-not-in-table", currency: code, amount: 2e10, year: 2022 });
      expect(!r.ok && r.message).toContain(`${code} cannot be converted to US dollars`);
    }
  });

  it("reports a year FRED has no rate for", () => {
    expect(toUsd(1, "ZAR", 1950, real)).toMatchObject({ ok: false, reason: "year-not-in-table", year: 1950 });
  });

  it("returns US dollars as they are, with rate 1", () => {
    expect(toUsd(13e6, "USD", 2022, real)).toMatchObject({ ok: true, usd: 13e6, rate: 1, series: "none (already USD)" });
  });
});

describe("toUsd on a tiny table", () => {
  const tiny: FxRates = {
    yearly: [rate("India", "2022-01-01", 80)],
    monthly: [rate("United Kingdom", "2022-01-01", 0.8), rate("United Kingdom", "2022-02-01", 0.9)],
  };

  it("divides by the units-per-dollar rate", () => {
    expect(toUsd(8e8, "INR", 2022, tiny)).toMatchObject({ ok: true, usd: 1e7, rate: 80 });
  });

  it("refuses a year with only some of its monthly rates, saying how many", () => {
    const r = toUsd(1, "GBP", 2022, tiny);
    expect(r).toMatchObject({ ok: false, reason: "year-not-in-table" });
    expect(!r.ok && r.message).toContain("only 2 of 12 monthly rates");
  });
});
