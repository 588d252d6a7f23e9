/**
 * The Wilson score interval for a proportion of `successes` in `trials`: unlike the textbook
 * p ± z·√(p(1−p)/n), it stays inside 0 to 1 and keeps a sensible width for small counts and
 * shares near 0 or 1 (Newcombe 1998, method 3). `z` is 1.96 for 95%.
 *
 * @example
 * wilsonInterval(81, 263) // { lower: 0.2553, upper: 0.3662 } (to 4 places; Newcombe's example)
 */
export function wilsonInterval(successes: number, trials: number, z = 1.96): { lower: number; upper: number } {
  if (trials <= 0) return { lower: 0, upper: 1 };
  const p = successes / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const spread = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  const denominator = 1 + z2 / trials;
  // Exact bounds at the edges, rather than a rounding error's 1e-17.
  return {
    lower: successes === 0 ? 0 : (centre - spread) / denominator,
    upper: successes === trials ? 1 : (centre + spread) / denominator,
  };
}
