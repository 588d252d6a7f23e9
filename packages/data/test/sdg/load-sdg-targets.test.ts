import { describe, expect, it } from "vitest";
import { loadSdgGoals } from "../../src/sdg/load-sdg-goals.js";
import { loadSdgTargets, SDG_TARGETS_FILE } from "../../src/sdg/load-sdg-targets.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

describe("loadSdgTargets", () => {
  it("loads the real targets: 169, each under a goal that exists", async () => {
    const dir = realDataDir();
    const goals = await loadSdgGoals(dir, { mode: "strict" });
    const result = await loadSdgTargets(dir, { mode: "strict", goals: new Set(goals.records.map((g) => g.goal)) });
    expect(result.accounting).toEqual({ rowsIn: 169, accepted: 169, rejected: 0 });
    expect(result.warnings).toEqual([]);
    expect(result.records[0]).toEqual({
      target: "1.1",
      goal: 1,
      titleUn: "By 2030, eradicate extreme poverty for all people everywhere, currently measured as people living on less than $1.25 a day",
      titleUnFootnote: null,
    });
    expect(result.records.filter((t) => t.goal === 17)).toHaveLength(19);
    expect(
      result.records.filter((t) => t.titleUnFootnote !== null).map((t) => [t.target, t.titleUnFootnote, t.titleUn.slice(-31)]),
    ).toEqual([["14.6", 3, "fisheries subsidies negotiation"]]);
  });

  it("rejects a target whose goal is not among the goals loaded", async () => {
    const dir = fixtureDataDir({ [SDG_TARGETS_FILE]: "target,goal,title_un\n1.1,1,Eradicate poverty\n3.1,3,Reduce maternal mortality\n" });
    const result = await loadSdgTargets(dir, { goals: new Set([1, 2]) });
    expect(result.accounting).toEqual({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(result.rejected).toEqual([
      {
        file: SDG_TARGETS_FILE,
        row: 3,
        line: 3,
        issues: [
          {
            column: "goal",
            field: "goal",
            value: "3",
            expected: "an ID that exists in the parent table",
            message: "Goal 3 is not in sdg_goals.csv.",
            hint: "sdg_goals.csv, sdg_targets.csv and sdg_indicators.csv must come from one build of sdg/derived/.",
          },
        ],
      },
    ]);
  });

  it("rejects a target code that is malformed or not under its goal", async () => {
    const dir = fixtureDataDir({ [SDG_TARGETS_FILE]: "target,goal,title_un\n1.1,2,Wrong goal\n18.1,1,No such goal\n1.A,1,Upper case\n" });
    const result = await loadSdgTargets(dir);
    expect(result.rejected.map((r) => r.issues.map(({ field, value, message }) => ({ field, value, message })))).toEqual([
      [{ field: "target", value: "1.1", message: 'Not a code starting with "2.".' }],
      [{ field: "target", value: "18.1", message: "Not a target code of a goal from 1 to 17, such as 1.1 or 1.a." }],
      [{ field: "target", value: "1.A", message: "Not a target code of a goal from 1 to 17, such as 1.1 or 1.a." }],
    ]);
  });
});
