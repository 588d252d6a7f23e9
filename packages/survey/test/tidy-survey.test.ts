import { describe, expect, it } from "vitest";
import { parseCodebook, parseColumnMap, SurveyError, tidySurvey } from "../src/index.js";
import { secondCodebook, secondColumnMap, secondRows } from "./second-survey.js";

const items = parseCodebook(secondCodebook);
const map = parseColumnMap(secondColumnMap);

describe("tidySurvey", () => {
  const tidy = tidySurvey(secondRows, items, map);

  it("makes one row per respondent per item, free text left out", () => {
    // 12 tick boxes, 1 choice and 1 number for each of 5 respondents; comments (text) left out.
    expect(tidy.answers).toHaveLength(5 * 14);
    expect(tidy.textLeftOut).toEqual(["comments"]);
    expect(tidy.answers.some((a) => a.item === "comments")).toBe(false);
    expect(tidy.uncoded).toEqual([]);
    expect(tidy.absent).toEqual([]);
  });

  it("keeps incomplete responses and says which they are", () => {
    expect(tidy.respondents).toEqual([
      { respondent: "101", complete: true },
      { respondent: "102", complete: true },
      { respondent: "103", complete: true },
      { respondent: "104", complete: false },
      { respondent: "105", complete: true },
    ]);
  });

  it("reads a tick as true, an unticked box as false, and a wholly skipped question as null", () => {
    const of = (respondent: string, item: string) => tidy.answers.find((a) => a.respondent === respondent && a.item === item);
    expect(of("101", "mode_online")).toEqual({
      respondent: "101",
      complete: true,
      block: "2",
      group: "2",
      item: "mode_online",
      label: "Moved online",
      kind: "tick",
      value: true,
    });
    expect(of("101", "mode_field")?.value).toBe(false);
    expect(of("104", "fund_cut")?.value).toBeNull();
    // 103 skipped the digital-tools row of the grid but answered the funding row.
    expect(of("103", "need_tech_now")?.value).toBeNull();
    expect(of("103", "need_fund_later")?.value).toBe(true);
  });

  it("gives a choice its option's label and a number its value", () => {
    const of = (respondent: string, item: string) => tidy.answers.find((a) => a.respondent === respondent && a.item === item)?.value;
    expect(of("102", "sector")).toBe("Health");
    expect(of("104", "sector")).toBeNull();
    expect(of("102", "budget_inr")).toBe(25_000_000);
  });

  it("keeps free text only when asked, blank and missing tokens as null", () => {
    const withText = tidySurvey(secondRows, items, map, { keepText: true });
    const comments = withText.answers.filter((a) => a.item === "comments").map((a) => a.value);
    expect(comments).toEqual(["Our school feeding stopped", null, null, null, "We need laptops for teachers"]);
    expect(withText.textLeftOut).toEqual([]);
  });

  it("counts a written-in 'Other' as answering its question", () => {
    const codebook = [
      { field: "id", question: "ID", values: ["Integer"] },
      { field: "1.1. Moved online", question: "1. What happened?", values: ["1", "NULL"] },
      { field: "1.2. Other, please specify", question: "1. What happened?", values: ["freeform text"] },
    ];
    const rows = [
      { id: "1", "1.1. Moved online": "NA", "1.2. Other, please specify": "We closed the food bank" },
      { id: "2", "1.1. Moved online": "NA", "1.2. Other, please specify": "NA" },
    ];
    const tidyOther = tidySurvey(
      rows,
      parseCodebook(codebook),
      parseColumnMap({ ...secondColumnMap, respondent: "id", complete: null, missing: ["NA"] }),
    );
    expect(tidyOther.answers.map((a) => [a.respondent, a.item, a.value])).toEqual([
      ["1", "1.1", false],
      ["2", "1.1", null],
    ]);
  });

  it("lists columns the codebook does not describe, and leaves them out", () => {
    const rows = secondRows.map((r) => ({ ...r, internal_note: "x" }));
    expect(tidySurvey(rows, items, map).uncoded).toEqual(["internal_note"]);
  });

  it("fails with the respondent, column and value on a cell its item cannot hold", () => {
    const rows = [{ ...secondRows[0], mode_online: "yes" }];
    expect(() => tidySurvey(rows, items, map)).toThrow(SurveyError);
    expect(() => tidySurvey(rows, items, map)).toThrow(
      'Respondent 101 of made-up-india-npo-pulse-2021 answered "yes" in column "mode_online"; expected a tick ("1", "0") or blank.',
    );
    const sector = [{ ...secondRows[0], sector: "Sports" }];
    expect(() => tidySurvey(sector, items, map)).toThrow('expected one of "EDU", "HLT", "LIV", "OTH".');
  });

  it("fails when the export lacks the respondent column, or repeats a respondent", () => {
    expect(() => tidySurvey([{ id: "1" }], items, map)).toThrow('The raw export of made-up-india-npo-pulse-2021 has no column "resp_id"');
    expect(() => tidySurvey([secondRows[0] ?? {}, secondRows[0] ?? {}], items, map)).toThrow("has respondent 101 more than once");
  });
});
