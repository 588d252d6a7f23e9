import { describe, expect, it } from "vitest";
import { groupRespondents, mapSurvey, parseCodebook, parseColumnMap, tidySurvey } from "../src/index.js";
import { secondCodebook, secondColumnMap, secondRows } from "./second-survey.js";

const map = parseColumnMap(secondColumnMap);
const items = parseCodebook(secondCodebook);
const survey = mapSurvey(map, items);
const tidy = tidySurvey(secondRows, items, map);

describe("groupRespondents", () => {
  it("puts each respondent in the sector they chose; one who did not answer is in none", () => {
    const g = groupRespondents(tidy, survey.sector);
    expect(g.order).toEqual(["Education", "Health", "Livelihoods"]);
    expect(g.overlapping).toBe(false);
    expect(Object.fromEntries(g.of)).toEqual({ "101": ["Education"], "102": ["Health"], "103": ["Livelihoods"], "105": ["Education"] });
  });

  it("cuts a number into the map's bands", () => {
    if (survey.budget === null) throw new Error("the map has a budget dimension");
    const g = groupRespondents(tidy, survey.budget);
    expect(Object.fromEntries(g.of)).toEqual({
      "101": ["Under ₹1 crore"],
      "102": ["₹1 crore or more"],
      "103": ["Under ₹1 crore"],
      "105": ["Under ₹1 crore"],
    });
  });

  it("puts a respondent who ticked two boxes of a select-all question in both groups", () => {
    const modes = mapSurvey(
      parseColumnMap({
        ...secondColumnMap,
        themes: { ...secondColumnMap.themes, sector: { from: "ticks", title: "Modes", items: ["mode_online", "mode_field"] } },
      }),
      items,
    );
    const g = groupRespondents(tidy, modes.sector);
    expect(g.overlapping).toBe(true);
    expect(g.of.get("102")).toEqual(["Moved online", "Kept up field work"]);
    expect(g.of.get("103")).toEqual(["Kept up field work"]);
  });
});
