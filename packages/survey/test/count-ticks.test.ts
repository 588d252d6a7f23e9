import { describe, expect, it } from "vitest";
import { countTicks, groupRespondents, mapSurvey, parseCodebook, parseColumnMap, tidySurvey } from "../src/index.js";
import { secondCodebook, secondColumnMap, secondRows } from "./second-survey.js";

const map = parseColumnMap(secondColumnMap);
const items = parseCodebook(secondCodebook);
const survey = mapSurvey(map, items);
const tidy = tidySurvey(secondRows, items, map);

describe("countTicks", () => {
  it("counts ticks out of the respondents who answered the question, incomplete ones included", () => {
    expect(countTicks(tidy, survey.themes.modes.items)).toEqual([
      { row: "All respondents", column: "Moved online", item: "mode_online", count: 4, denominator: 5 },
      { row: "All respondents", column: "Kept up field work", item: "mode_field", count: 2, denominator: 5 },
    ]);
    // 104 dropped out before the funding question: not a "no", not in the base.
    expect(countTicks(tidy, survey.themes.funders.items)[0]).toMatchObject({ count: 2, denominator: 4 });
  });

  it("counts complete responses only when asked", () => {
    expect(countTicks(tidy, survey.themes.modes.items, { base: "complete" })[0]).toMatchObject({ count: 3, denominator: 4 });
  });

  it("counts by group, each group's base its own", () => {
    const sector = groupRespondents(tidy, survey.sector);
    expect(countTicks(tidy, survey.themes.modes.items.slice(0, 1), { groups: sector })).toEqual([
      { row: "Education", column: "Moved online", item: "mode_online", count: 2, denominator: 2 },
      { row: "Health", column: "Moved online", item: "mode_online", count: 1, denominator: 1 },
      { row: "Livelihoods", column: "Moved online", item: "mode_online", count: 0, denominator: 1 },
    ]);
  });
});
