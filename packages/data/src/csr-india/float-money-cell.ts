import { z } from "zod";
import { blankToNull, type CellMeta, type CellOptions, MAX_MAGNITUDE, parseNumber } from "../cells.js";
import { message } from "../messages.js";

/**
 * An amount of money written as a plain number, the way a float export writes it: `0.07`,
 * `117.39354`, and also exponent notation such as `3.5e-06` (which `moneyCell` rejects);
 * in the column's `unit`; null when blank, never zero.
 *
 * @example
 * floatMoneyCell({ column: "Project Amount Spent (In INR Cr.)", description: "Amount spent.", unit: "INR crore" }).parse("3.5e-06"); // 0.0000035
 */
export function floatMoneyCell(o: CellOptions & { unit: string }) {
  const meta: CellMeta = {
    column: o.column,
    description: o.description,
    type: `money (${o.unit})`,
    required: false,
    unit: o.unit,
    max: MAX_MAGNITUDE,
    ...(o.missing ? { missing: o.missing } : {}),
    ...(o.sensitive ? { sensitive: true } : {}),
  };
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const t = blankToNull(v, o.missing);
      if (t === null) return null;
      const n = parseNumber(t);
      if (Number.isFinite(n) && Math.abs(n) <= MAX_MAGNITUDE) return n;
      // A number too large to hold exactly (1e308) is out of bounds, not unreadable.
      const expected = Number.isNaN(n) ? message.expectedFloatMoney(o.unit) : message.expectedWithin(MAX_MAGNITUDE);
      ctx.addIssue({ code: "custom", message: expected, params: { expected, hint: message.moneyHint, value: t } });
      return z.NEVER;
    })
    .meta(meta);
}
