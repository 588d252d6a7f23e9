import { inverse, Matrix } from "ml-matrix";
import { message } from "./messages.js";

/** One term of a fitted logistic regression, on the log-odds scale and as an odds ratio with its 95% interval. */
export interface LogisticTerm {
  name: string;
  /** Log-odds coefficient. */
  estimate: number;
  /** Standard error from the (penalised) information matrix. */
  standardError: number;
  /** exp(estimate), and the 95% Wald interval exp(estimate ± 1.96·SE). */
  oddsRatio: number;
  lower: number;
  upper: number;
}

export interface LogisticFit {
  /** Rows the model was fitted on, and how many had the outcome 1. */
  n: number;
  events: number;
  /** The intercept first, then one term per predictor in the order of `names`. */
  terms: LogisticTerm[];
  iterations: number;
}

const Z95 = 1.959963984540054;

/**
 * A logistic regression of a 0/1 outcome on numeric predictors (an intercept is added), fitted
 * with Firth's penalised likelihood (Firth 1993; Heinze and Schemper 2002): with few events or a
 * predictor that separates the outcomes, ordinary maximum likelihood gives infinite or badly
 * inflated odds ratios, while Firth's estimates stay finite and less biased. Intervals are Wald
 * intervals from the penalised information matrix (R's logistf uses profile likelihood, a little
 * wider for very small samples). Matrix inversion is ml-matrix's.
 *
 * An exploratory tool for association: it says nothing about cause.
 *
 * @example
 * // One binary predictor: the odds ratio is that of the 2×2 table with 0.5 added to each cell.
 * logisticRegression([[1], [1], [0], [0]], [1, 0, 0, 0], ["treated"]).terms[1].oddsRatio // (1.5·2.5)/(1.5·0.5) = 5
 */
export function logisticRegression(
  rows: readonly (readonly number[])[],
  outcomes: readonly number[],
  names: readonly string[],
): LogisticFit {
  if (rows.length !== outcomes.length) throw new Error(message.rowsAndOutcomesDiffer(rows.length, outcomes.length));
  rows.forEach((r, i) => {
    if (r.length !== names.length) throw new Error(message.rowWidthDiffers(i + 1, r.length, names.length));
    r.forEach((v, j) => {
      if (!Number.isFinite(v)) throw new Error(message.predictorNotFinite(i + 1, names[j] ?? String(j), v));
    });
  });
  outcomes.forEach((y, i) => {
    if (y !== 0 && y !== 1) throw new Error(message.outcomeNotBinary(i + 1, y));
  });

  const X = new Matrix(rows.map((r) => [1, ...r]));
  const n = X.rows;
  const p = X.columns;
  const y = outcomes;
  let beta = new Array<number>(p).fill(0);
  const MAX_ITERATIONS = 100;
  let iterations = 0;
  let information = Matrix.eye(p);
  for (; iterations < MAX_ITERATIONS; iterations++) {
    const eta = X.mmul(Matrix.columnVector(beta)).to1DArray();
    const pi = eta.map((e) => 1 / (1 + Math.exp(-e)));
    const w = pi.map((q) => q * (1 - q));
    const Xw = X.clone();
    for (let i = 0; i < n; i++) for (let j = 0; j < p; j++) Xw.set(i, j, X.get(i, j) * (w[i] ?? 0));
    information = X.transpose().mmul(Xw);
    const cov = inverse(information);
    // Leverages h_i = w_i · x_i' I⁻¹ x_i, the Firth adjustment of the score.
    const XC = X.mmul(cov);
    const score = new Array<number>(p).fill(0);
    for (let i = 0; i < n; i++) {
      let h = 0;
      for (let j = 0; j < p; j++) h += XC.get(i, j) * X.get(i, j);
      h *= w[i] ?? 0;
      const q = pi[i] ?? 0;
      const r = (y[i] ?? 0) - q + h * (0.5 - q);
      for (let j = 0; j < p; j++) score[j] = (score[j] ?? 0) + X.get(i, j) * r;
    }
    const step = cov.mmul(Matrix.columnVector(score)).to1DArray();
    // Keep steps modest, as logistf does, so that near-separation does not overshoot.
    const largest = Math.max(...step.map(Math.abs));
    const scale = largest > 5 ? 5 / largest : 1;
    beta = beta.map((b, j) => b + scale * (step[j] ?? 0));
    if (largest < 1e-10) break;
  }
  if (iterations >= MAX_ITERATIONS) throw new Error(message.notConverged(MAX_ITERATIONS));
  const cov = inverse(information);
  const terms = beta.map((estimate, j): LogisticTerm => {
    const standardError = Math.sqrt(cov.get(j, j));
    return {
      name: j === 0 ? "(intercept)" : (names[j - 1] ?? String(j)),
      estimate,
      standardError,
      oddsRatio: Math.exp(estimate),
      lower: Math.exp(estimate - Z95 * standardError),
      upper: Math.exp(estimate + Z95 * standardError),
    };
  });
  return { n, events: y.filter((v) => v === 1).length, terms, iterations };
}
