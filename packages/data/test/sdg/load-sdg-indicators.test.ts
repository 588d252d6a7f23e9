import { describe, expect, it } from "vitest";
import { loadSdgIndicators, SDG_INDICATORS_FILE } from "../../src/sdg/load-sdg-indicators.js";
import { loadSdgTargets } from "../../src/sdg/load-sdg-targets.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

const HEADER = "indicator,target,goal,title_un,unsd_code,rows_sharing_unsd_code,repeat_of_indicator";

describe("loadSdgIndicators", () => {
  it("loads the real indicators: 251 listings of 235 indicators, each under a target that exists", async () => {
    const dir = realDataDir();
    const targets = await loadSdgTargets(dir, { mode: "strict" });
    const result = await loadSdgIndicators(dir, { mode: "strict", targets: new Set(targets.records.map((t) => t.target)) });
    expect(result.accounting).toEqual({ rowsIn: 251, accepted: 251, rejected: 0 });
    expect(result.warnings).toEqual([]);
    expect(new Set(result.records.map((i) => i.unsdCode)).size).toBe(235);
    expect(result.records.filter((i) => i.repeatOfIndicator === null)).toHaveLength(235);
    expect(result.records.find((i) => i.indicator === "13.1.1")).toEqual({
      indicator: "13.1.1",
      target: "13.1",
      goal: 13,
      titleUn: "Number of deaths, missing persons and directly affected persons attributed to disasters per 100,000 population",
      titleUnFootnote: null,
      unsdCode: "C200303",
      rowsSharingUnsdCode: 3,
      repeatOfIndicator: "1.5.1",
    });
    expect(result.records.filter((i) => i.titleUnFootnote !== null).map((i) => [i.indicator, i.titleUn, i.titleUnFootnote])).toEqual([
      ["17.6.1", "Fixed broadband subscriptions per 100 inhabitants, by speed", 4],
    ]);
  });

  it("keeps chemical names that end in a digit inside a title", async () => {
    const { records } = await loadSdgIndicators(realDataDir());
    expect(records.find((i) => i.indicator === "9.4.1")?.titleUn).toBe("CO2 emission per unit of value added");
  });

  it("rejects an indicator whose target is not among the targets loaded, or that repeats an unknown indicator", async () => {
    const dir = fixtureDataDir({
      [SDG_INDICATORS_FILE]: `${HEADER}\n1.1.1,1.1,1,Poverty,C010101,1,\n1.9.1,1.9,1,No such target,C010901,1,\n1.1.2,1.1,1,Repeat,C010101,2,9.9.9\n`,
    });
    const result = await loadSdgIndicators(dir, { targets: new Set(["1.1"]) });
    expect(result.accounting).toEqual({ rowsIn: 3, accepted: 1, rejected: 2 });
    expect(result.rejected).toEqual([
      {
        file: SDG_INDICATORS_FILE,
        row: 3,
        line: 3,
        issues: [
          {
            column: "target",
            field: "target",
            value: "1.9",
            expected: "an ID that exists in the parent table",
            message: "Target 1.9 is not in sdg_targets.csv.",
            hint: "sdg_goals.csv, sdg_targets.csv and sdg_indicators.csv must come from one build of sdg/derived/.",
          },
        ],
      },
      {
        file: SDG_INDICATORS_FILE,
        row: 4,
        line: 4,
        issues: [
          {
            column: "repeat_of_indicator",
            field: "repeatOfIndicator",
            value: "9.9.9",
            expected: "an ID that exists in the parent table",
            message: "Indicator 9.9.9 is not in sdg_indicators.csv.",
            hint: "sdg_goals.csv, sdg_targets.csv and sdg_indicators.csv must come from one build of sdg/derived/.",
          },
        ],
      },
    ]);
  });

  it("rejects codes that do not nest: indicator under its target, target under its goal", async () => {
    const dir = fixtureDataDir({
      [SDG_INDICATORS_FILE]: `${HEADER}\n1.2.1,1.1,2,Both wrong,C010201,1,\n1.1.1,1.1,1,Bad UNSD code,X010101,1,\n`,
    });
    const result = await loadSdgIndicators(dir);
    expect(result.rejected.map((r) => r.issues.map(({ field, value, message }) => ({ field, value, message })))).toEqual([
      [
        { field: "indicator", value: "1.2.1", message: 'Not a code starting with "1.1.".' },
        { field: "target", value: "1.1", message: 'Not a code starting with "2.".' },
      ],
      [{ field: "unsdCode", value: "X010101", message: "Not a UNSD indicator code such as C010101 or C010a04." }],
    ]);
  });
});
