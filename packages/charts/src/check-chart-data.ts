import type { CsvValue } from "@hnl/data";
import { type ExpectedKind, message } from "./messages.js";

/** A field a chart builder reads, and what each of its values must be. */
export interface FieldCheck {
  /** The builder's option that names the field, e.g. `y`: the error names it. */
  option: string;
  field: string;
  /** `number` (finite), `year` (a whole number or "2019"), `date` (an ISO date or a Date-readable text), `any`. */
  kind: "number" | "year" | "date" | "any";
  /** A null or empty cell is a missing value (a gap), not an error. */
  nullable?: boolean;
}

const EXPECTED: Record<FieldCheck["kind"], ExpectedKind> = {
  number: "a number",
  year: "a year",
  date: "a date",
  any: "text or a number",
};

const isMissing = (v: CsvValue): boolean => v === null || v === undefined || v === "";

function fits(v: CsvValue, kind: FieldCheck["kind"]): boolean {
  switch (kind) {
    case "number":
      return typeof v === "number" && Number.isFinite(v);
    case "year":
      return (typeof v === "number" && Number.isInteger(v)) || (typeof v === "string" && /^\d{4}$/.test(v.trim()));
    case "date":
      return typeof v === "string" && /^\d{4}(-\d{2}(-\d{2})?)?/.test(v) && !Number.isNaN(Date.parse(v));
    default:
      return typeof v === "string" || typeof v === "number";
  }
}

/**
 * Checks the rows a chart builder is given before it draws them, and throws on the first
 * problem with the builder, the 1-based row, the field, the option naming it, what was received
 * and what was expected: a misspelt field would otherwise draw an empty chart without a word.
 *
 * @example
 * checkChartData("lineChart", [{ year: 2019, n: "n/a" }], [{ option: "y", field: "n", kind: "number" }])
 * // Error: lineChart: row 1, field "n" (y): expected a number, received "n/a". Hint: ...
 */
export function checkChartData(builder: string, data: readonly Record<string, CsvValue>[], fields: readonly FieldCheck[]): void {
  if (data.length === 0) throw new Error(message.noRows(builder));
  for (const [i, row] of data.entries()) {
    for (const f of fields) {
      if (!(f.field in row)) throw new Error(message.missingField(builder, f.option, f.field, i + 1, Object.keys(row)));
      const v = row[f.field];
      if (f.nullable === true && isMissing(v)) continue;
      if (!fits(v, f.kind)) throw new Error(message.badValue(builder, f.option, f.field, i + 1, EXPECTED[f.kind], v));
    }
  }
}
