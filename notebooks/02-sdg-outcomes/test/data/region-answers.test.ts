import { describe, expect, it } from "vitest";
import { regionAnswers } from "../../src/data/region-answers.ts";

const rows = (region: string, linked: number, counts: Record<number, number>) =>
  Array.from({ length: 17 }, (_, i) => ({ region, goal: i + 1, label: `${i + 1} G${i + 1}`, projects: counts[i + 1] ?? 0, linked }));

describe("regionAnswers", () => {
  it("ranks the top goals of a region with enough projects, with shares and intervals, in one sentence", () => {
    const [r] = regionAnswers(rows("Africa", 15, { 3: 12, 1: 7, 4: 6, 5: 6, 8: 2 }), ["Africa"], 10);
    expect(r?.status).toBe("ranked");
    expect(r?.top.map((t) => t.goal)).toEqual([3, 1, 4, 5]);
    expect(r?.notTargeted).toHaveLength(12);
    expect(r?.sentence).toBe(
      "In Africa, of 15 projects linked to a goal, 12 target 3 G3 (80%; 95% CI 55% to 93%), 7 target 1 G1 (47%; 95% CI 25% to 70%), 6 target 4 G4 (40%; 95% CI 20% to 64%) and 6 target 5 G5 (40%; 95% CI 20% to 64%); 12 of the 17 goals have no project there.",
    );
  });

  it("lists, without ranking, the goals of a region under the minimum n", () => {
    const [r] = regionAnswers(rows("Latin America and the Caribbean", 7, { 4: 4, 8: 4, 2: 1 }), ["Latin America and the Caribbean"], 10);
    expect(r?.status).toBe("too few");
    expect(r?.sentence).toBe(
      "In Latin America and the Caribbean only 7 projects are linked to a goal, fewer than the 10 this chapter needs to rank goals, so they are listed, not ranked: 4 G4 (4 projects), 8 G8 (4 projects) and 2 G2 (1 project); 14 of the 17 goals have no project there.",
    );
  });
});
