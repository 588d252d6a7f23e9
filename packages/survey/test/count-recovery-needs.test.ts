import { describe, expect, it } from "vitest";
import { countRecoveryNeeds, mapSurvey, parseCodebook, parseColumnMap, tidySurvey } from "../src/index.js";
import { secondCodebook, secondColumnMap, secondRows } from "./second-survey.js";

describe("countRecoveryNeeds", () => {
  it("counts each need by horizon out of those who answered that need's row", () => {
    const map = parseColumnMap(secondColumnMap);
    const items = parseCodebook(secondCodebook);
    const counts = countRecoveryNeeds(tidySurvey(secondRows, items, map), mapSurvey(map, items));
    expect(counts.map((c) => [c.row, c.column, c.count, c.denominator])).toEqual([
      ["Flexible funding", "short", 3, 4],
      ["Flexible funding", "long", 2, 4],
      // 103 skipped this row: three answered it.
      ["Digital tools", "short", 1, 3],
      ["Digital tools", "long", 1, 3],
    ]);
  });

  it("names each need by the column map's short label when it gives one", () => {
    const map = parseColumnMap({
      ...secondColumnMap,
      themes: { ...secondColumnMap.themes, recovery: { ...secondColumnMap.themes.recovery, rowLabels: { "Flexible funding": "Funding" } } },
    });
    const items = parseCodebook(secondCodebook);
    const rows = countRecoveryNeeds(tidySurvey(secondRows, items, map), mapSurvey(map, items)).map((c) => c.row);
    expect([...new Set(rows)]).toEqual(["Funding", "Digital tools"]);
  });
});
