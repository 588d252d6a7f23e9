import { describe, expect, it } from "vitest";
import {
  agencyEquivalents,
  contrastSectors,
  mantelHaenszelDifference,
  shareDifference,
  weightedShare,
} from "../../src/data/sector-comparison.ts";

const round4 = (d: { estimate: number; lower: number; upper: number } | null) =>
  d === null ? null : { estimate: +d.estimate.toFixed(4), lower: +d.lower.toFixed(4), upper: +d.upper.toFixed(4) };

describe("shareDifference", () => {
  it("gives Newcombe's hybrid score interval (his 1998 examples)", () => {
    expect(round4(shareDifference(56, 70, 48, 80))).toEqual({ estimate: 0.2, lower: 0.0524, upper: 0.3339 });
    expect(round4(shareDifference(9, 10, 3, 10))).toEqual({ estimate: 0.6, lower: 0.1705, upper: 0.809 });
  });
});

describe("mantelHaenszelDifference", () => {
  it("is the plain difference with the Wald interval when there is one stratum", () => {
    const d = mantelHaenszelDifference([{ y1: 560, n1: 700, y0: 480, n0: 800 }]);
    const se = Math.sqrt((0.8 * 0.2) / 700 + (0.6 * 0.4) / 800);
    expect(d?.estimate).toBeCloseTo(0.2, 10);
    expect(d?.upper).toBeCloseTo(0.2 + 1.96 * se, 10);
  });

  it("removes a difference that only reflects size: no difference within either band", () => {
    // Large agencies tick more, and the sector is mostly large: the crude gap vanishes within bands.
    const strata = [
      { y1: 8, n1: 10, y0: 16, n0: 20 },
      { y1: 4, n1: 20, y0: 2, n0: 10 },
    ];
    expect(shareDifference(12, 30, 18, 30).estimate).toBeCloseTo(-0.2, 10);
    expect(mantelHaenszelDifference(strata)?.estimate).toBeCloseTo(0, 10);
  });

  it("ignores strata with no agency on one side, and gives null when none is left", () => {
    expect(mantelHaenszelDifference([{ y1: 1, n1: 2, y0: 0, n0: 0 }])).toBeNull();
    expect(
      mantelHaenszelDifference([
        { y1: 1, n1: 2, y0: 0, n0: 0 },
        { y1: 3, n1: 4, y0: 1, n0: 4 },
      ])?.estimate,
    ).toBeCloseTo(0.5, 10);
  });
});

describe("weightedShare and agencyEquivalents", () => {
  it("weighs each agency 1/k and takes the interval at Kish's effective n", () => {
    const w = weightedShare([
      { weight: 1, ticked: true },
      { weight: 0.5, ticked: false },
      { weight: 0.5, ticked: false },
    ]);
    expect(w?.share).toBeCloseTo(0.5, 10);
    expect(w?.weight).toBe(2);
    expect(w?.effectiveN).toBeCloseTo(4 / 1.5, 10);
    expect(weightedShare([])).toBeNull();
  });

  it("counts an agency in k sectors as 1/k in each, so the sectors add up to the agencies", () => {
    const eq = agencyEquivalents([["A"], ["A", "B"], ["A", "B", "C", "D"]]);
    expect(Object.fromEntries(eq)).toEqual({ A: 1.75, B: 0.75, C: 0.25, D: 0.25 });
    expect([...eq.values()].reduce((s, x) => s + x, 0)).toBe(3);
  });
});

describe("contrastSectors", () => {
  it("compares a sector with agencies that named other sectors only, and leaves out agencies with no sector", () => {
    const agencies = [
      { sectors: ["A"], ticked: true, budget: "small" },
      { sectors: ["A", "B"], ticked: true, budget: "large" },
      { sectors: ["B"], ticked: false, budget: "small" },
      { sectors: ["B"], ticked: false, budget: "large" },
      { sectors: [], ticked: true, budget: "large" },
    ];
    const [a, b] = contrastSectors(agencies, ["A", "B"]);
    expect(a).toMatchObject({ sector: "A", count: 2, denominator: 2, outsideCount: 0, outsideDenominator: 2 });
    expect(a?.difference.estimate).toBe(1);
    expect(a?.withinBudget?.estimate).toBe(1);
    expect(a?.withinStaff).toBeNull();
    expect(b).toMatchObject({ sector: "B", count: 1, denominator: 3, outsideCount: 1, outsideDenominator: 1 });
    expect(b?.weighted?.share).toBeCloseTo(0.5 / 2.5, 10);
  });
});
