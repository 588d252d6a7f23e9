import { AgencySurveyResponse, resolveDataDir } from "@hnl/data";
import { describe, expect, it } from "vitest";
import { countTicks, groupRespondents, loadTorontoSurvey, torontoSurveyRows } from "../src/index.js";

const t = await loadTorontoSurvey(resolveDataDir());

describe("loadTorontoSurvey on the real City of Toronto export", () => {
  it("types all 150 codebook entries: 133 tick boxes, 4 choices, 1 number, 12 free-text boxes", () => {
    const kinds: Record<string, number> = {};
    for (const i of t.items) kinds[i.kind] = (kinds[i.kind] ?? 0) + 1;
    expect(kinds).toEqual({ tick: 133, choice: 4, numeric: 1, text: 12 });
    expect(t.items.filter((i) => i.sensitive).map((i) => i.code)).toEqual([
      "1.16",
      "2",
      "4",
      "5.8",
      "6.11",
      "7",
      "8.17",
      "9",
      "12",
      "13",
      "14.26",
      "19",
    ]);
    expect(t.items.filter((i) => i.grid !== null)).toHaveLength(44);
  });

  it("keeps all 344 accepted responses (243 complete, 101 not), after 2 test responses were left out", () => {
    expect(t.responses.accounting).toEqual({ rowsIn: 346, accepted: 344, rejected: 2 });
    expect(t.testResponses).toBe(2);
    expect(t.tidy.respondents).toHaveLength(344);
    expect(t.tidy.respondents.filter((r) => r.complete === true)).toHaveLength(243);
  });

  it("makes 136 tidy rows per respondent and leaves out the free text and the 3 columns the codebook lacks", () => {
    expect(t.tidy.answers).toHaveLength(344 * 136);
    expect(t.tidy.textLeftOut).toHaveLength(12);
    expect(t.tidy.uncoded.map((c) => c.slice(0, 12))).toEqual(["10. Do you h", "11. What are", "11. Agencies"]);
    expect(t.tidy.answers.some((a) => a.kind === "text")).toBe(false);
  });

  it("gives each Q1 impact a base of all 344 who answered question 1", () => {
    const modes = countTicks(t.tidy, t.survey.themes.modes.items);
    expect(modes.map((c) => [c.column, c.count, c.denominator])).toEqual([
      ["Moved services online", 218, 344],
      ["New delivery partnerships", 131, 344],
    ]);
    expect(countTicks(t.tidy, t.survey.themes.modes.items, { base: "complete" })[0]).toMatchObject({ count: 155, denominator: 243 });
  });

  it("puts 241 agencies in at least one sector and counts an agency in each sector it ticked", () => {
    const sector = groupRespondents(t.tidy, t.survey.sector);
    expect(sector.of.size).toBe(241);
    const memberships = [...sector.of.values()].reduce((n, g) => n + g.length, 0);
    expect(memberships).toBe(1444);
    expect([...sector.of.values()].filter((g) => g.includes("Human and social services"))).toHaveLength(109);
  });

  it("reads staff sizes repaired from Excel dates back as ranges", () => {
    const staff = t.survey.staff;
    if (staff === null) throw new Error("the Toronto map has a staff dimension");
    const g = groupRespondents(t.tidy, staff);
    const size = (label: string) => [...g.of.values()].filter((x) => x.includes(label)).length;
    expect(g.order.map((label) => [label, size(label)])).toEqual([
      ["No paid staff", 9],
      ["1 to 5", 53],
      ["6 to 10", 28],
      ["11 to 20", 36],
      ["21 to 100", 65],
      ["Over 100", 52],
    ]);
  });
});

describe("torontoSurveyRows", () => {
  it("writes a validated record back as cells by column title", () => {
    const record = {
      respondent: 7,
      reached_end: false,
      q1_2: true,
      q1_3: null,
      q17: "1-5",
      q17_excel_date: "05-Jan",
    } as unknown as AgencySurveyResponse;
    const [row] = torontoSurveyRows([record]);
    const column = (f: keyof typeof AgencySurveyResponse.shape) => (AgencySurveyResponse.shape[f].meta() as { column: string }).column;
    expect(row?.[column("respondent")]).toBe("7");
    expect(row?.[column("reached_end")]).toBe("0");
    expect(row?.[column("q1_2")]).toBe("1");
    expect(row?.[column("q1_3")]).toBeNull();
    // The repaired range, not the Excel date: the two fields share a column.
    expect(row?.[column("q17")]).toBe("1-5");
  });
});
