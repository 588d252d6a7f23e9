import { proportion } from "@hnl/analysis";
import { describe, expect, it } from "vitest";
import { goalNumber, goalShares, launchYear } from "../../src/data/goal-shares.ts";
import { shareShifts } from "../../src/data/share-shifts.ts";

const goals = [5, 8, 13].map((goal) => ({ goal, label: `${goal} G`, title: "G" }));

describe("goalShares", () => {
  it("gives each group's share per goal on the base of its projects linked to any goal", () => {
    const rows = goalShares(goals, [
      {
        group: "A",
        goalsOf: new Map([
          ["p1", new Set([5])],
          ["p2", new Set([8])],
          ["p3", new Set<number>()],
        ]),
      },
    ]);
    expect(rows.map((r) => [r.goal, r.projects, r.base, r.share.label])).toEqual([
      [5, 1, 2, proportion(1, 2).label],
      [8, 1, 2, proportion(1, 2).label],
      [13, 0, 2, proportion(0, 2).label],
    ]);
  });
});

describe("shareShifts", () => {
  it("names only goals whose intervals do not overlap, largest gap first", () => {
    const a = new Map(Array.from({ length: 100 }, (_, i) => [`a${i}`, new Set(i < 40 ? [8] : [5])]));
    const b = new Map(Array.from({ length: 100 }, (_, i) => [`b${i}`, new Set(i < 45 ? [8] : i < 75 ? [13] : [5])]));
    const rows = goalShares(goals, [
      { group: "A", goalsOf: a },
      { group: "B", goalsOf: b },
    ]);
    expect(shareShifts(rows, "A", "B").map((s) => [s.goal, s.direction])).toEqual([
      [5, "lower"],
      [13, "higher"],
    ]);
  });
});

describe("goalNumber and launchYear", () => {
  it("read goal numbers 1-17 only, and the launch year from signing, else service start", () => {
    expect([goalNumber("4"), goalNumber(" 17 "), goalNumber("18"), goalNumber("TBD")]).toEqual([4, 17, null, null]);
    expect(launchYear({ dateOutcomesContractSigned: "2018-05", dateServiceStart: "2019" })).toBe(2018);
    expect(launchYear({ dateOutcomesContractSigned: null, dateServiceStart: "2019-01-02" })).toBe(2019);
    expect(launchYear({ dateOutcomesContractSigned: null, dateServiceStart: null })).toBeNull();
  });
});
