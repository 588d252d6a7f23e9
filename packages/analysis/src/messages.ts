// The texts @hnl/analysis shows a person when its input cannot be used, as functions so that
// tests assert them exactly.

export const message = {
  /** A currency FRED's exchange-rate tables do not quote. */
  currencyNotInFred: (code: string) =>
    `${code} cannot be converted to US dollars: FRED's exchange-rate tables do not quote it. The amount is kept in ${code} and counted as not converted; no rate is guessed.`,
  /** A year FRED has no full rate for. */
  yearNotInFred: (code: string, country: string, year: number, months: number) =>
    `${code} cannot be converted to US dollars for ${year}: FRED has no yearly rate for ${country} that year${months > 0 ? `, and only ${months} of 12 monthly rates` : ""}. Hint: state the amount's year, or convert it at a year FRED covers and say so.`,
  /** A minimum n that is not a whole number of at least 1. */
  badMinimumN: (minimum: number) =>
    `minimum n must be a whole number of at least 1, received ${minimum}. Hint: state the smallest group size that may be ranked, e.g. 10.`,
  /** A group size that is negative or not a number. */
  badGroupSize: (n: number) =>
    `group size must be a count of 0 or more, received ${n}. Hint: pass the number of observations in the group.`,

  /** A model's rows and outcomes differ in number. */
  rowsAndOutcomesDiffer: (rows: number, outcomes: number) =>
    `logistic regression: ${rows} rows of predictors but ${outcomes} outcomes. Hint: give one outcome (0 or 1) per row.`,
  /** A row has a different number of predictors than the names given. */
  rowWidthDiffers: (row: number, width: number, names: number) =>
    `logistic regression: row ${row} (1-based) has ${width} predictor values, expected ${names} (one per name). Hint: fill a missing value or leave the row out before fitting, and report how many rows were left out.`,
  /** An outcome is not 0 or 1. */
  outcomeNotBinary: (row: number, value: unknown) =>
    `logistic regression: outcome in row ${row} (1-based) is ${JSON.stringify(value)}, expected 0 or 1.`,
  /** A predictor value is not a finite number. */
  predictorNotFinite: (row: number, name: string, value: unknown) =>
    `logistic regression: predictor "${name}" in row ${row} (1-based) is ${JSON.stringify(value)}, expected a finite number. Hint: code categories as 0/1 columns.`,
  /** The fit did not settle. */
  notConverged: (iterations: number) =>
    `logistic regression: the estimates did not settle after ${iterations} iterations. Hint: a predictor may be constant or a copy of another; drop it.`,
};
