/** A rate that always carries its denominator. */
export interface Rate {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when the denominator is 0. */
  value: number | null;
  /** "12 of 40 (30%)", or "0 of 0" when there is nothing to divide by. */
  label: string;
}

/**
 * A rate with its numerator and denominator, so no published share stands without its base.
 *
 * @example
 * rate(12, 40).label // "12 of 40 (30%)"
 */
export function rate(numerator: number, denominator: number, digits = 0): Rate {
  if (denominator === 0) return { numerator, denominator, value: null, label: `${numerator} of 0` };
  const value = numerator / denominator;
  return {
    numerator,
    denominator,
    value,
    label: `${numerator.toLocaleString("en-GB")} of ${denominator.toLocaleString("en-GB")} (${(value * 100).toFixed(digits)}%)`,
  };
}
