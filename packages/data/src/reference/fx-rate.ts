import { z } from "zod";
import { blankToNull, type CellResult, cell, parseNumber, requiredTextCell } from "../cells.js";
import { message } from "../messages.js";

const FX_DATE = /^(\d{4})-(0[1-9]|1[0-2])-01$/;

function fxDate(v: string | undefined): CellResult<string> {
  const t = blankToNull(v);
  return t !== null && FX_DATE.test(t)
    ? { ok: true, value: t }
    : { ok: false, expected: message.expectedFxDate, hint: message.fxDateHint, value: v ?? "" };
}

function fxRate(v: string | undefined): CellResult<number> {
  const t = blankToNull(v);
  const n = t === null ? Number.NaN : parseNumber(t);
  return Number.isFinite(n) && n > 0
    ? { ok: true, value: n }
    : { ok: false, expected: message.expectedFxRate, hint: message.fxRateHint, value: v ?? "" };
}

/**
 * The schema of one FRED exchange-rate row. The two files name the rate's column differently
 * (`Value` in yearly.csv, `Exchange rate` in monthly.csv), so the column is a parameter; the
 * record is the same. Every rate is in units of the currency per US dollar, whatever the
 * upstream README says of five currencies (the tests check Euro 2022 and the UK in 2022).
 */
export function fxRateSchema(rateColumn: "Value" | "Exchange rate") {
  return z
    .object({
      date: cell(
        { column: "Date", description: "First day of the period the rate averages (a year or a month).", type: "date", required: true },
        fxDate,
      ),
      year: cell({ column: "Date", description: "The calendar year of the period.", type: "integer", required: true }, (v) => {
        const r = fxDate(v);
        return r.ok ? { ok: true, value: Number(r.value.slice(0, 4)) } : r;
      }),
      month: cell(
        { column: "Date", description: "The month of the period, 1 to 12 (1 for a yearly average).", type: "integer", required: true },
        (v) => {
          const r = fxDate(v);
          return r.ok ? { ok: true, value: Number(r.value.slice(5, 7)) } : r;
        },
      ),
      country: requiredTextCell({
        column: "Country",
        description: 'The country (or currency area: "Euro") whose currency the rate prices, named as FRED names it.',
      }),
      unitsPerUsd: cell(
        {
          column: rateColumn,
          description:
            "Units of the country's currency per US dollar, the period's average (for every country, the Euro and the UK included).",
          type: "number",
          required: true,
        },
        fxRate,
      ),
    })
    .describe(`A FRED exchange rate against the US dollar (${rateColumn === "Value" ? "yearly.csv" : "monthly.csv"}).`);
}

/** A yearly average rate (`yearly.csv`, rate column `Value`). */
export const FxYearlyRate = fxRateSchema("Value");
/** A monthly average rate (`monthly.csv`, rate column `Exchange rate`). */
export const FxMonthlyRate = fxRateSchema("Exchange rate");
/** One exchange rate, yearly or monthly. */
export type FxRate = z.infer<typeof FxYearlyRate>;
