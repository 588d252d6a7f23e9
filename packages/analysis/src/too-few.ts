import { message } from "./messages.js";

/**
 * Whether a group rests on too few observations to be ranked or compared: true when `n` is below
 * `minimum`. A group that is too few is shown as "too few", with its n, and never given a rank.
 *
 * @example
 * tooFew(2, 10) // true
 * tooFew(26, 10) // false
 */
export function tooFew(n: number, minimum: number): boolean {
  if (!Number.isInteger(minimum) || minimum < 1) throw new RangeError(message.badMinimumN(minimum));
  if (!Number.isFinite(n) || n < 0) throw new RangeError(message.badGroupSize(n));
  return n < minimum;
}
