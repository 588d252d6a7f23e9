import { rate } from "./rate.js";
import { wilsonInterval } from "./wilson-interval.js";

/** A share with its numerator, denominator and 95% Wilson interval: never a bare percentage. */
export interface Proportion {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when the denominator is 0. */
  value: number | null;
  /** 95% Wilson interval, or null when the denominator is 0. */
  lower: number | null;
  upper: number | null;
  /** "155 of 218 (71%; 95% CI 65–77%)". */
  label: string;
}

const pct = (x: number) => `${Math.round(x * 100)}`;

/**
 * A proportion with its denominator and 95% Wilson interval, labelled for a table.
 *
 * @example
 * proportion(12, 40).label // "12 of 40 (30%; 95% CI 18–45%)"
 */
export function proportion(numerator: number, denominator: number): Proportion {
  const r = rate(numerator, denominator);
  if (r.value === null) return { numerator, denominator, value: null, lower: null, upper: null, label: r.label };
  const { lower, upper } = wilsonInterval(numerator, denominator);
  return { numerator, denominator, value: r.value, lower, upper, label: `${r.label.slice(0, -1)}; 95% CI ${pct(lower)}–${pct(upper)}%)` };
}
