import { proportion } from "@hnl/analysis";
import { describe, expect, it } from "vitest";
import { type ComparableProject, compareWithIndigo, differenceOf } from "../../src/data/indigo-comparison.ts";

const p = (regions: string[] | null, sectors: string[] | null, instruments: string[] = []): ComparableProject => ({
  regions,
  sectors,
  instruments,
});

describe("compareWithIndigo", () => {
  const pipeline = [p(["Africa"], ["Health"], ["Outcomes fund"]), p(["Africa", "Asia"], [], ["Impact bond"]), p(null, null)];
  const bonds = [p(["Europe"], ["Health"], ["Impact bond"]), p(["Africa"], ["Employment"], ["Impact bond", "Outcomes fund"])];
  const c = compareWithIndigo(pipeline, bonds);
  const row = (category: string) => c.rows.find((r) => r.category === category);

  it("takes each dimension's share of its own base: a known region, a recorded sector, all projects", () => {
    expect(c.bases).toEqual({
      Region: { pipeline: 2, indigo: 2 },
      Sector: { pipeline: 2, indigo: 2 },
      Instrument: { pipeline: 3, indigo: 2 },
    });
    expect(row("Africa")?.pipeline).toMatchObject({ numerator: 2, denominator: 2 });
    expect(row("Africa")?.indigo).toMatchObject({ numerator: 1, denominator: 2 });
    expect(row("Health")?.pipeline).toMatchObject({ numerator: 1, denominator: 2 });
    expect(row("Outcomes fund")?.pipeline).toMatchObject({ numerator: 1, denominator: 3 });
  });

  it("lists every region, compared sector and instrument, with no impact-bond share where that dataset does not record one", () => {
    expect(c.rows.filter((r) => r.dimension === "Region")).toHaveLength(6);
    expect(c.rows.filter((r) => r.dimension === "Sector")).toHaveLength(6);
    expect(c.rows.filter((r) => r.dimension === "Instrument").map((r) => [r.category, r.indigo === null])).toEqual([
      ["Impact bond", false],
      ["Outcomes fund", false],
      ["Payment by results", true],
      ["Impact incentives", true],
      ["Technical assistance", true],
      ["Impact guarantee", true],
    ]);
  });
});

describe("differenceOf", () => {
  it("names a difference only where the two 95% intervals do not overlap", () => {
    expect(differenceOf(proportion(64, 127), proportion(16, 320))).toBe("higher");
    expect(differenceOf(proportion(3, 127), proportion(200, 320))).toBe("lower");
    expect(differenceOf(proportion(42, 132), proportion(125, 320))).toBeNull();
    expect(differenceOf(proportion(0, 0), proportion(1, 2))).toBeNull();
  });
});
