import { z } from "zod";

/** The units amounts are published in, and what one unit is in rupees. */
export const AMOUNT_UNITS = {
  INR: 1,
  "INR crore": 10_000_000,
  "INR million": 1_000_000,
} as const;

export const AmountUnit = z.enum(["INR", "INR crore", "INR million"]).describe("The unit an amount is published in.");
export type AmountUnit = z.infer<typeof AmountUnit>;

/**
 * An amount in rupees, rounded to the paisa; null stays null (a blank is not a zero).
 *
 * @example
 * toRupees(0.07, "INR crore"); // 700000
 * toRupees(2510, "INR million"); // 2510000000
 * toRupees(null, "INR crore"); // null
 */
export function toRupees(amount: number | null, unit: AmountUnit): number | null {
  if (amount === null) return null;
  return Math.round(amount * AMOUNT_UNITS[unit] * 100) / 100;
}
