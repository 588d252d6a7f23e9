import { describe, expect, it } from "vitest";
import { DataError } from "../../src/data-error.js";
import { FX_MONTHLY_FILE, FX_YEARLY_FILE, loadFxMonthlyRates, loadFxYearlyRates } from "../../src/reference/load-fx-rates.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

describe("loadFxYearlyRates", () => {
  it("loads the real yearly rates: 993 rows of 21 countries, one per country and year, none rejected", async () => {
    const r = await loadFxYearlyRates(realDataDir(), { mode: "strict" });
    expect(r.accounting).toEqual({ rowsIn: 993, accepted: 993, rejected: 0 });
    expect(new Set(r.records.map((x) => x.country)).size).toBe(21);
    expect(new Set(r.records.map((x) => `${x.country} ${x.year}`)).size).toBe(993);
    expect(r.records.every((x) => x.month === 1)).toBe(true);
    expect(r.records.some((x) => x.country === "United Kingdom")).toBe(false);
    expect(r.records[0]).toEqual({ date: "1971-01-01", year: 1971, month: 1, country: "Australia", unitsPerUsd: 0.8803 });
  });

  it("holds units per US dollar for every country, the Euro and Australia included (not US dollars per unit as the upstream README says)", async () => {
    const { records } = await loadFxYearlyRates(realDataDir());
    const rate = (country: string, year: number) => records.find((x) => x.country === country && x.year === year)?.unitsPerUsd;
    expect(rate("Euro", 2022)).toBe(0.9493);
    // A euro cost about 1.05 US dollars in 2022: 0.95 euros per dollar, not 1.05.
    expect(rate("Euro", 2022)).toBeLessThan(1);
    // An Australian dollar cost about 0.69 US dollars in 2022: about 1.44 per US dollar.
    expect(rate("Australia", 2022)).toBeGreaterThan(1.3);
    expect(rate("South Africa", 2022)).toBeCloseTo(16.36, 1);
  });

  it("rejects a blank, zero or malformed rate and a date that is not the first of a period, naming file, row and value", async () => {
    const dir = fixtureDataDir({
      [FX_YEARLY_FILE]: "Date,Country,Value\n2022-01-01,Euro,0.9493\n2022-01-01,Japan,\n2022-01-01,India,0\n2022-03-15,Brazil,5.16\n",
    });
    const r = await loadFxYearlyRates(dir);
    expect(r.accounting).toEqual({ rowsIn: 4, accepted: 1, rejected: 3 });
    expect(r.rejected.map((x) => [x.row, x.issues[0]?.column, x.issues[0]?.value])).toEqual([
      [3, "Value", ""],
      [4, "Value", "0"],
      [5, "Date", "2022-03-15"],
    ]);
    expect(r.rejected[0]?.issues[0]?.expected).toBe("a rate above zero, in units of the currency per US dollar");
  });

  it("fails with a located error when the rate column is missing", async () => {
    const dir = fixtureDataDir({ [FX_YEARLY_FILE]: "Date,Country,Exchange rate\n2022-01-01,Euro,0.9493\n" });
    const error = await loadFxYearlyRates(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toContain('"Value"');
  });
});

describe("loadFxMonthlyRates", () => {
  it("loads the real monthly rates (rate column 'Exchange rate'), where the UK, the euro-area members, Ireland and Sri Lanka are", async () => {
    const r = await loadFxMonthlyRates(realDataDir(), { mode: "strict" });
    expect(r.accounting).toEqual({ rowsIn: 17237, accepted: 17237, rejected: 0 });
    const countries = new Set(r.records.map((x) => x.country));
    for (const c of ["United Kingdom", "Ireland", "Sri Lanka", "Germany", "France"]) expect(countries.has(c), c).toBe(true);
    const uk = r.records.find((x) => x.country === "United Kingdom" && x.date === "2022-06-01");
    // A pound cost about 1.23 US dollars in June 2022: 0.81 pounds per dollar.
    expect(uk).toEqual({ date: "2022-06-01", year: 2022, month: 6, country: "United Kingdom", unitsPerUsd: 0.8117 });
  });

  it("reads a tiny monthly file and rejects a yearly-style header", async () => {
    const ok = await loadFxMonthlyRates(
      fixtureDataDir({ [FX_MONTHLY_FILE]: "Date,Country,Exchange rate\r\n2022-06-01,United Kingdom,0.8117\r\n" }),
    );
    expect(ok.records).toEqual([{ date: "2022-06-01", year: 2022, month: 6, country: "United Kingdom", unitsPerUsd: 0.8117 }]);
    const error = await loadFxMonthlyRates(
      fixtureDataDir({ [FX_MONTHLY_FILE]: "Date,Country,Value\n2022-06-01,United Kingdom,0.8117\n" }),
    ).catch((e: unknown) => e);
    expect((error as DataError).message).toContain('"Exchange rate"');
  });
});
