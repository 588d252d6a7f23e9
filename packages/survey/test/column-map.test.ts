import { describe, expect, it } from "vitest";
import { parseColumnMap, SurveyColumnMap, SurveyError, torontoColumnMap } from "../src/index.js";
import { secondColumnMap } from "./second-survey.js";

describe("SurveyColumnMap", () => {
  it("accepts the Toronto map and a second survey's map, filling in defaults", () => {
    expect(SurveyColumnMap.safeParse(torontoColumnMap).success).toBe(true);
    const map = parseColumnMap({ ...secondColumnMap, missing: undefined, ticked: undefined, notTicked: undefined });
    expect([map.missing, map.ticked, map.notTicked]).toEqual([["NA"], ["1"], ["0"]]);
  });

  it("is data: it survives a trip through JSON", () => {
    expect(parseColumnMap(JSON.parse(JSON.stringify(torontoColumnMap)))).toEqual(torontoColumnMap);
  });

  it("rejects a map with a missing theme or an unknown key, naming the path", () => {
    const { sector: _, ...themes } = secondColumnMap.themes;
    expect(() => parseColumnMap({ ...secondColumnMap, themes })).toThrow(SurveyError);
    expect(() => parseColumnMap({ ...secondColumnMap, themes })).toThrow(/themes\.sector/);
    expect(() => parseColumnMap({ ...secondColumnMap, colour: "red" })).toThrow(/Unrecognized key: "colour"/);
    expect(() => parseColumnMap({ ...secondColumnMap, themes: { ...secondColumnMap.themes, sector: { from: "guess" } } })).toThrow(
      /themes\.sector\.from/,
    );
  });

  it("starts its message with the survey's id", () => {
    expect(() => parseColumnMap({ ...secondColumnMap, respondent: 7 })).toThrow(
      /^The column map for made-up-india-npo-pulse-2021 is not valid:\n✖ Invalid input: expected string, received number\n {2}→ at respondent/,
    );
  });
});
