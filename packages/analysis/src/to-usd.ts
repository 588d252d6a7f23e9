import type { FxRate } from "@hnl/data";
import { message } from "./messages.js";

/**
 * ISO 4217 currency codes → the country (or currency area) whose name FRED's exchange-rate tables
 * give the currency. Written by hand: FRED names countries, not currencies, and no maintained npm
 * package maps FRED's series names; currency-to-country packages give a country per currency, but
 * not FRED's "Euro" (a currency area) or its spelling ("South Korea", "Hong Kong"). Every
 * currency FRED quotes today is here; Venezuela is left out because its rows span two currencies
 * (bolívar fuerte and bolívar soberano) that one code cannot name.
 */
export const FRED_COUNTRY_OF_CURRENCY: Readonly<Record<string, string>> = {
  AUD: "Australia",
  BRL: "Brazil",
  CAD: "Canada",
  CHF: "Switzerland",
  CNY: "China",
  DKK: "Denmark",
  EUR: "Euro",
  GBP: "United Kingdom",
  HKD: "Hong Kong",
  INR: "India",
  JPY: "Japan",
  KRW: "South Korea",
  LKR: "Sri Lanka",
  MXN: "Mexico",
  MYR: "Malaysia",
  NOK: "Norway",
  NZD: "New Zealand",
  SEK: "Sweden",
  SGD: "Singapore",
  THB: "Thailand",
  TWD: "Taiwan",
  ZAR: "South Africa",
};

/** The FRED rates a conversion reads: the yearly and the monthly averages, as `@hnl/data` loads them. */
export interface FxRates {
  yearly: readonly FxRate[];
  monthly: readonly FxRate[];
}

/** Where a converted amount's rate came from. */
export interface UsdRateProvenance {
  /** Units of the currency per US dollar used (1 for USD). */
  rate: number;
  year: number;
  /** FRED's name of the country or currency area ("South Africa", "Euro"); "United States" for USD. */
  country: string;
  /** The FRED table read: the yearly average, or the mean of the year's 12 monthly averages. */
  series: "yearly" | "mean of 12 monthly" | "none (already USD)";
}

/** An amount converted to US dollars, or why it could not be. */
export type UsdConversion =
  | ({ ok: true; usd: number; amount: number; currency: string } & UsdRateProvenance)
  | {
      ok: false;
      amount: number;
      currency: string;
      year: number;
      reason: "currency-not-in-table" | "year-not-in-table";
      /** One sentence for a reader: what is missing. */
      message: string;
    };

interface Index {
  yearly: Map<string, number>;
  monthly: Map<string, number[]>;
}
const indexes = new WeakMap<FxRates, Index>();

function indexOf(rates: FxRates): Index {
  let index = indexes.get(rates);
  if (index === undefined) {
    const yearly = new Map(rates.yearly.map((r) => [`${r.country}|${r.year}`, r.unitsPerUsd]));
    const monthly = new Map<string, number[]>();
    for (const r of rates.monthly) {
      const key = `${r.country}|${r.year}`;
      const list = monthly.get(key) ?? [];
      list.push(r.unitsPerUsd);
      monthly.set(key, list);
    }
    index = { yearly, monthly };
    indexes.set(rates, index);
  }
  return index;
}

/**
 * Converts `amount` of `currency` (an ISO 4217 code) to US dollars at FRED's average rate for
 * `year`: the yearly average, else (for the UK, Ireland, Sri Lanka and the euro-area members, only
 * in the monthly table) the mean of the year's 12 monthly averages. Returns the value with the
 * rate, year, country and series it rests on, or a reason it cannot: a currency FRED does not
 * quote (COP, KES, ...) or a year it has no full rate for. Never guesses a rate.
 *
 * @example
 * toUsd(3.5e9, "ZAR", 2022, rates) // { ok: true, usd: 2.14e8, rate: 16.36..., year: 2022, country: "South Africa", series: "yearly", ... }
 * toUsd(2e10, "COP", 2022, rates) // { ok: false, reason: "currency-not-in-table", ... }
 */
export function toUsd(amount: number, currency: string, year: number, rates: FxRates): UsdConversion {
  const code = currency.trim().toUpperCase();
  if (code === "USD")
    return { ok: true, usd: amount, amount, currency: code, rate: 1, year, country: "United States", series: "none (already USD)" };
  const country = FRED_COUNTRY_OF_CURRENCY[code];
  if (country === undefined)
    return { ok: false, amount, currency: code, year, reason: "currency-not-in-table", message: message.currencyNotInFred(code) };
  const index = indexOf(rates);
  const yearly = index.yearly.get(`${country}|${year}`);
  if (yearly !== undefined)
    return { ok: true, usd: amount / yearly, amount, currency: code, rate: yearly, year, country, series: "yearly" };
  const months = index.monthly.get(`${country}|${year}`) ?? [];
  if (months.length === 12) {
    const rate = months.reduce((a, b) => a + b, 0) / 12;
    return { ok: true, usd: amount / rate, amount, currency: code, rate, year, country, series: "mean of 12 monthly" };
  }
  return {
    ok: false,
    amount,
    currency: code,
    year,
    reason: "year-not-in-table",
    message: message.yearNotInFred(code, country, year, months.length),
  };
}
