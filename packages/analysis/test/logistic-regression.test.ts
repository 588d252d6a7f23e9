import { describe, expect, it } from "vitest";
import { logisticRegression } from "../src/logistic-regression.js";
import { message } from "../src/messages.js";

// A 2×2 table as rows: a treated with outcome 1, b treated with 0, c untreated with 1, d untreated with 0.
const table = (a: number, b: number, c: number, d: number) => {
  const rows: number[][] = [];
  const y: number[] = [];
  const add = (x: number, out: number, k: number) => {
    for (let i = 0; i < k; i++) {
      rows.push([x]);
      y.push(out);
    }
  };
  add(1, 1, a);
  add(1, 0, b);
  add(0, 1, c);
  add(0, 0, d);
  return { rows, y };
};

describe("logisticRegression (Firth)", () => {
  it("gives the intercept-only estimate log((k+½)/(n−k+½))", () => {
    const fit = logisticRegression([[], [], [], [], []], [1, 0, 0, 0, 0], []);
    expect(fit.terms[0]?.estimate).toBeCloseTo(Math.log(1.5 / 4.5), 8);
    expect([fit.n, fit.events]).toEqual([5, 1]);
  });

  it("gives a binary predictor the odds ratio of its 2×2 table with ½ added to each cell", () => {
    const { rows, y } = table(7, 3, 4, 12);
    const t = logisticRegression(rows, y, ["treated"]).terms[1];
    expect(t?.name).toBe("treated");
    expect(t?.oddsRatio).toBeCloseTo((7.5 * 12.5) / (3.5 * 4.5), 6);
    // Wald interval from the penalised information: the textbook √(1/a+1/b+1/c+1/d) of the observed cells (π at the Firth fit differs a little).
    expect(t?.lower).toBeLessThan(t?.oddsRatio ?? 0);
    expect(t?.upper).toBeGreaterThan(t?.oddsRatio ?? 0);
  });

  it("stays finite when a predictor separates the outcomes", () => {
    const { rows, y } = table(5, 0, 0, 5);
    const t = logisticRegression(rows, y, ["x"]).terms[1];
    expect(t?.oddsRatio).toBeCloseTo((5.5 * 5.5) / (0.5 * 0.5), 4);
    expect(Number.isFinite(t?.upper)).toBe(true);
  });

  it("rejects an outcome that is not 0 or 1, naming the row", () => {
    expect(() => logisticRegression([[1], [0]], [1, 2], ["x"])).toThrow(message.outcomeNotBinary(2, 2));
  });

  it("rejects a row with the wrong number of predictors", () => {
    expect(() => logisticRegression([[1], [0, 1]], [1, 0], ["x"])).toThrow(message.rowWidthDiffers(2, 2, 1));
  });
});
