import { describe, expect, it } from "vitest";
import { cellMeta } from "../../src/cells.js";
import { AgencySurveyResponse } from "../../src/covid-npo/agency-survey-response.js";
import { AGENCY_SURVEY_RESPONSES_FILE, loadAgencySurveyResponses } from "../../src/covid-npo/load-agency-survey-responses.js";
import { DataError } from "../../src/data-error.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

type Field = keyof AgencySurveyResponse;
const FIELDS = Object.keys(AgencySurveyResponse.shape) as Field[];
const column = (field: Field): string => cellMeta(AgencySurveyResponse.shape[field])?.column ?? field;
const sensitive = (field: Field): boolean => cellMeta(AgencySurveyResponse.shape[field])?.sensitive === true;

/** A record with its typed-in text replaced by "(text)", so tests can assert whole records without quoting answers. */
function redact(record: AgencySurveyResponse): Record<string, unknown> {
  return Object.fromEntries(FIELDS.map((f) => [f, sensitive(f) && typeof record[f] === "string" ? "(text)" : record[f]]));
}

/** A record with every field null but those given. */
function only(values: Partial<Record<Field, unknown>>): Record<string, unknown> {
  return { ...Object.fromEntries(FIELDS.map((f) => [f, null])), ...values };
}

function csv(fields: readonly Field[], ...rows: (readonly string[])[]): string {
  const line = (cells: readonly string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(",");
  return `${[line(fields.map(column)), ...rows.map(line)].join("\n")}\n`;
}

/** Text as windows-1252 bytes: Latin-1 plus the curly quotes and dashes Excel writes. */
function cp1252(text: string): Buffer {
  const extra: Record<string, number> = { "’": 0x92, "‘": 0x91, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97, "•": 0x95 };
  return Buffer.from([...text].map((ch) => extra[ch] ?? (ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f)));
}

describe("loadAgencySurveyResponses", () => {
  it("loads the real file: 346 rows in, 344 accepted, respondents 18 and 21 rejected as test responses", async () => {
    const result = await loadAgencySurveyResponses(realDataDir());
    expect(result.accounting).toEqual({ rowsIn: 346, accepted: 344, rejected: 2 });
    expect(result.rejected).toEqual([
      {
        file: AGENCY_SURVEY_RESPONSES_FILE,
        row: 2,
        line: 2,
        issues: [
          {
            column: column("q2"),
            field: "q2",
            value: "test",
            expected: "a real response, not a test",
            message: 'Respondent 18 is a test response: all 11 of its text answers say "test".',
            hint: "Test responses made while the survey was being set up are not data; the loader rejects a response whose every text answer is the word test.",
          },
        ],
        excludedBy: "test response",
      },
      {
        file: AGENCY_SURVEY_RESPONSES_FILE,
        row: 5,
        line: 5,
        issues: [
          {
            column: column("q7"),
            field: "q7",
            value: "test",
            expected: "a real response, not a test",
            message: 'Respondent 21 is a test response: all 4 of its text answers say "test".',
            hint: "Test responses made while the survey was being set up are not data; the loader rejects a response whose every text answer is the word test.",
          },
        ],
        excludedBy: "test response",
      },
    ]);
    const ids = result.records.map((r) => r.respondent);
    expect(new Set(ids).size).toBe(344);
    expect([ids[0], ids.at(-1)]).toEqual([19, 364]);
    expect(result.provenance.files[0]).toMatchObject({ path: AGENCY_SURVEY_RESPONSES_FILE, bytes: 479086 });
  });

  it("keeps incomplete responses, flagged, and warns once per quirk; every column is mapped", async () => {
    const result = await loadAgencySurveyResponses(realDataDir());
    expect(result.records.filter((r) => !r.reached_end)).toHaveLength(101);
    expect(result.warnings.map((w) => [w.column, w.message])).toEqual([
      [
        column("q17"),
        "117 answer(s) to q17 were Excel dates (05-Jan, 10-Jun, 20-Nov) and were read back as the ranges 1-5, 6-10 and 11-20.",
      ],
      [
        "Reached end",
        "101 of 344 accepted responses did not reach the end of the survey; they are kept, with reached_end false and their unanswered questions null.",
      ],
      ...(
        [
          ["q1_16", 1],
          ["q4", 1],
          ["q7", 6],
          ["q9", 4],
          ["q10", 6],
          ["q11", 6],
          ["q12", 2],
        ] as const
      ).map(([f, n]) => [
        column(f),
        `${n} answer(s) to ${f} read #NAME?: Excel took text starting with =, + or - for a formula, and the answer is lost.`,
      ]),
    ]);
  });

  it("reads back the staff sizes Excel turned into dates, and records which cells were repaired", async () => {
    const { records } = await loadAgencySurveyResponses(realDataDir());
    const counts = new Map<string, number>();
    for (const r of records) counts.set(`${r.q17} <- ${r.q17_excel_date}`, (counts.get(`${r.q17} <- ${r.q17_excel_date}`) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({
      "null <- null": 97,
      "0 <- null": 9,
      "1-5 <- 05-Jan": 53,
      "6-10 <- 10-Jun": 28,
      "11-20 <- 20-Nov": 36,
      "21-100 <- null": 65,
      "Over 100 <- null": 52,
      "Prefer not to answer <- null": 4,
    });
  });

  it("reads respondent 19 whole: ticks as true, unticked as null, a repaired staff size", async () => {
    const { records } = await loadAgencySurveyResponses(realDataDir());
    const r19 = records.find((r) => r.respondent === 19);
    expect(r19 && redact(r19)).toEqual(
      only({
        respondent: 19,
        reached_end: true,
        ...Object.fromEntries(
          (
            [
              "q1_1",
              "q1_2",
              "q1_6",
              "q1_7",
              "q1_8",
              "q1_13",
              "q1_14",
              "q3_1_short",
              "q3_2_long",
              "q3_3_medium",
              "q3_4_long",
              "q3_5_long",
              "q3_6_long",
              "q3_7_na",
              "q3_8_medium",
              "q3_9_na",
              "q3_10_medium",
              "q5_1",
              "q5_2",
              "q5_5",
              "q6_1",
              "q6_2",
              "q6_3",
              "q6_4",
              "q6_5",
              "q6_6",
              "q6_8",
              "q6_10",
              "q8_1",
              "q8_2",
              "q8_3",
              "q14_17",
              "q16_3",
            ] as const
          ).map((f) => [f, true]),
        ),
        q7: "(text)",
        q9: "(text)",
        q10: "(text)",
        q11: "(text)",
        q15: "Yes",
        q17: "1-5",
        q17_excel_date: "05-Jan",
        q18: "$250,000 - $499,999",
        q19: "(text)",
      }),
    );
  });

  it("decodes windows-1252: curly apostrophes and accented letters, never a replacement character", async () => {
    const { records } = await loadAgencySurveyResponses(realDataDir());
    expect(records.find((r) => r.respondent === 273)?.q10).toContain("don’t");
    const texts = records.flatMap((r) => FIELDS.filter(sensitive).map((f) => r[f])).filter((v): v is string => typeof v === "string");
    expect(texts.filter((t) => t.includes("’")).length).toBeGreaterThan(10);
    expect(texts.filter((t) => /[éèêàû]/.test(t)).length).toBeGreaterThan(5);
    expect(texts.some((t) => /[\uFFFD\u0080-\u009F]/.test(t))).toBe(false);
    // The header decodes too: 16.4 ends "Métis)", and the schema found it.
    expect(column("q16_4")).toBe("16.4. Indigenous peoples (First Nations, Inuit, Métis)");
  });

  it("marks free text, the postal-code fragment and the agency name sensitive, and nothing else", () => {
    expect(FIELDS.filter(sensitive)).toEqual([
      "q1_16",
      "q2",
      "q4",
      "q5_8",
      "q6_11",
      "q7",
      "q8_17",
      "q9",
      "q10",
      "q11",
      "q12",
      "q13",
      "q14_26",
      "q19",
    ]);
  });

  it("does not count test responses as failures in strict mode", async () => {
    const result = await loadAgencySurveyResponses(realDataDir(), { mode: "strict" });
    expect(result.accounting).toEqual({ rowsIn: 346, accepted: 344, rejected: 2 });
  });

  const FIXTURE_FIELDS = ["respondent", "reached_end", "q1_1", "q10", "q17", "q19"] as const;
  const FIXTURE_ROWS = [
    ["1", "1", "1", "I don’t know", "20-Nov", "Fierté Canada"],
    ["2", "0", "NA", "NA", "", "NA"],
  ];
  const EXPECTED = [
    { respondent: 1, reached_end: true, q1_1: true, q10: "I don’t know", q17: "11-20", q17_excel_date: "20-Nov", q19: "Fierté Canada" },
    { respondent: 2, reached_end: false, q1_1: null, q10: null, q17: null, q17_excel_date: null, q19: null },
  ];

  it("reads a windows-1252 file and the same file saved as UTF-8 alike", async () => {
    const text = csv(FIXTURE_FIELDS, ...FIXTURE_ROWS);
    const fromCp1252 = await loadAgencySurveyResponses(fixtureDataDir({ [AGENCY_SURVEY_RESPONSES_FILE]: cp1252(text) }));
    const fromUtf8 = await loadAgencySurveyResponses(fixtureDataDir({ [AGENCY_SURVEY_RESPONSES_FILE]: Buffer.from(text, "utf8") }));
    const fromUtf8Bom = await loadAgencySurveyResponses(fixtureDataDir({ [AGENCY_SURVEY_RESPONSES_FILE]: `\uFEFF${text}` }));
    const pick = (r: AgencySurveyResponse) => Object.fromEntries([...FIXTURE_FIELDS, "q17_excel_date"].map((f) => [f, r[f as Field]]));
    expect(fromCp1252.records.map(pick)).toEqual(EXPECTED);
    expect(fromUtf8.records.map(pick)).toEqual(EXPECTED);
    expect(fromUtf8Bom.records.map(pick)).toEqual(EXPECTED);
  });

  it("rejects a tick that is not 1 and a staff size that is neither a range nor a repairable date, naming each", async () => {
    const dir = fixtureDataDir({
      [AGENCY_SURVEY_RESPONSES_FILE]: csv(FIXTURE_FIELDS, ["1", "1", "2", "NA", "12-Dec", "NA"], ["2", "1", "1", "NA", "5-10", "NA"]),
    });
    const result = await loadAgencySurveyResponses(dir);
    expect(result.accounting).toEqual({ rowsIn: 2, accepted: 0, rejected: 2 });
    const sizes = '"0", "1-5", "6-10", "11-20", "21-100", "Over 100", "Prefer not to answer"';
    const staffIssue = (value: string) => ({
      column: column("q17"),
      field: "q17",
      value,
      expected: `one of ${sizes}, or an Excel date standing for a range (05-Jan for 1-5)`,
      message: `Not one of ${sizes}, or an Excel date standing for a range (05-Jan for 1-5).`,
      hint: "Excel turns 1-5, 6-10 and 11-20 into dates (05-Jan, 10-Jun, 20-Nov), which are read back; any other value needs adding to the schema.",
    });
    expect(result.rejected).toEqual([
      {
        file: AGENCY_SURVEY_RESPONSES_FILE,
        row: 2,
        line: 2,
        issues: [
          {
            column: column("q1_1"),
            field: "q1_1",
            value: "2",
            expected: "1 (ticked), or blank or NA (not ticked)",
            message: "Not 1 (ticked), or blank or NA (not ticked).",
            hint: "A select-all-that-apply item holds 1 when ticked; any other value means the columns are shifted or the export changed.",
          },
          staffIssue("12-Dec"),
        ],
      },
      { file: AGENCY_SURVEY_RESPONSES_FILE, row: 3, line: 3, issues: [staffIssue("5-10")] },
    ]);
  });

  it("rejects a response whose every text answer says test, keeping rows in = accepted + rejected", async () => {
    const dir = fixtureDataDir({
      [AGENCY_SURVEY_RESPONSES_FILE]: csv(
        FIXTURE_FIELDS,
        ["1", "0", "1", "Test", "NA", "test"],
        ["2", "1", "1", "We test clients for COVID-19", "NA", "NA"],
        ["3", "1", "1", "NA", "NA", "NA"],
        ["4", "0", "1", "test", "NA", "A real agency"],
      ),
    });
    const result = await loadAgencySurveyResponses(dir);
    expect(result.accounting).toEqual({ rowsIn: 4, accepted: 3, rejected: 1 });
    expect(result.records.map((r) => r.respondent)).toEqual([2, 3, 4]);
    expect(result.rejected).toEqual([
      {
        file: AGENCY_SURVEY_RESPONSES_FILE,
        row: 2,
        line: 2,
        issues: [
          {
            column: column("q10"),
            field: "q10",
            value: "Test",
            expected: "a real response, not a test",
            message: 'Respondent 1 is a test response: all 2 of its text answers say "test".',
            hint: "Test responses made while the survey was being set up are not data; the loader rejects a response whose every text answer is the word test.",
          },
        ],
        excludedBy: "test response",
      },
    ]);
  });

  it("drops empty untitled padding columns silently, but reports one that holds a value", async () => {
    const header = `${csv(["respondent", "reached_end"]).trim()},X154,X155\n`;
    const quiet = await loadAgencySurveyResponses(fixtureDataDir({ [AGENCY_SURVEY_RESPONSES_FILE]: `${header}1,1,NA,\n2,0,NA,NA\n` }));
    expect(quiet.accounting).toEqual({ rowsIn: 2, accepted: 2, rejected: 0 });
    expect(quiet.warnings.filter((w) => w.message.includes("not in the schema"))).toEqual([]);
    const loud = await loadAgencySurveyResponses(fixtureDataDir({ [AGENCY_SURVEY_RESPONSES_FILE]: `${header}1,1,NA,oops\n` }));
    expect(loud.warnings.filter((w) => w.message.includes("not in the schema")).map((w) => w.message)).toEqual([
      '1 column(s) not in the schema were ignored: "X155".',
    ]);
  });

  it("fails with a located error naming a missing required column", async () => {
    const dir = fixtureDataDir({
      [AGENCY_SURVEY_RESPONSES_FILE]: "Respondent,1.1. Had to temporarily close down or adjust services\n19,1\n",
    });
    const error = await loadAgencySurveyResponses(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).format()).toBe(
      [
        `✖ ${AGENCY_SURVEY_RESPONSES_FILE}: Required column "Reached end" (field reached_end) is missing from the header.`,
        `  → ${AGENCY_SURVEY_RESPONSES_FILE}, row 1 (line 1), column "Reached end": Required column "Reached end" (field reached_end) is missing from the header.`,
        '    Hint: The header has 2 columns, starting "Respondent", "1.1. Had to temporarily close down or adjust services". Is this the right file, or was the column renamed in a newer export?',
        'Hint: The header has 2 columns, starting "Respondent", "1.1. Had to temporarily close down or adjust services". Is this the right file, or was the column renamed in a newer export?',
      ].join("\n"),
    );
  });
});
