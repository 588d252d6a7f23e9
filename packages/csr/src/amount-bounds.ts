import { z } from "zod";
import { AMOUNT_UNITS, type AmountUnit } from "./units.js";

/**
 * The largest amount, in rupees, the CSR database accepts in any one cell: ₹10^15 (10 crore crore,
 * 100,000,000 crore), more than India's GDP in a year (about ₹3 × 10^14) and ten times below the
 * limit of the DECIMAL(18,2) columns amounts are stored in (just under 10^16). A larger value is a
 * misplaced decimal point or a value in the wrong unit, never a real amount.
 */
export const MAX_AMOUNT_INR = 1e15;

/** Which sign an amount column may take: spending and budgets never go below 0; profits and net worth may. */
export const AmountSign = z
  .enum(["non-negative", "signed"])
  .describe(
    "non-negative: amounts spent and budgets; signed: the company master's financials and the old portal's spend, published with a few negatives.",
  );
export type AmountSign = z.infer<typeof AmountSign>;

/**
 * What is wrong with an amount as read, against the stated bounds (finite; at most
 * `MAX_AMOUNT_INR` rupees either way; not negative unless `sign` is `signed`), or null when it is
 * within them. A blank (null) amount is within them: blank is never zero and never an error here.
 *
 * @example
 * amountOutOfBounds(12345678901, "INR crore", "non-negative"); // "too-large"
 * amountOutOfBounds(-0.5, "INR crore", "non-negative"); // "negative"
 * amountOutOfBounds(0.07, "INR crore", "non-negative"); // null
 */
export function amountOutOfBounds(
  amount: number | null,
  unit: AmountUnit,
  sign: AmountSign,
): "not-finite" | "too-large" | "negative" | null {
  if (amount === null) return null;
  if (!Number.isFinite(amount)) return "not-finite";
  if (Math.abs(amount) * AMOUNT_UNITS[unit] > MAX_AMOUNT_INR) return "too-large";
  if (amount < 0 && sign === "non-negative") return "negative";
  return null;
}
