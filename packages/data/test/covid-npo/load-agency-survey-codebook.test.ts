import { describe, expect, it } from "vitest";
import { cellMeta } from "../../src/cells.js";
import { AgencySurveyResponse } from "../../src/covid-npo/agency-survey-response.js";
import { AGENCY_SURVEY_CODEBOOK_FILE, loadAgencySurveyCodebook } from "../../src/covid-npo/load-agency-survey-codebook.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

describe("loadAgencySurveyCodebook", () => {
  it("loads the real codebook: 150 entries, none rejected, no warnings", async () => {
    const result = await loadAgencySurveyCodebook(realDataDir(), { mode: "strict" });
    expect(result.accounting).toEqual({ rowsIn: 150, accepted: 150, rejected: 0 });
    expect(result.warnings).toEqual([]);
    expect(result.records.slice(0, 2)).toEqual([
      { fieldName: "Respondent", question: "Primary key - system generated", values: ["Integer"] },
      { fieldName: "Reached end", question: "system generated", values: ["0 = No", "1 = Yes"] },
    ]);
    expect(result.records.find((e) => e.fieldName.startsWith("17."))).toEqual({
      fieldName: "17. How many paid employees does your agency have? Please indicate based on usual operations.",
      question: "17. How many paid employees does your agency have? Please indicate based on usual operations.",
      values: ["0", "1-5", "6-10", "11-20", "21-100", "Over 100", "Prefer not to answer", "NULL"],
    });
  });

  it("reads the codebook as the UTF-8 it is, so Métis matches the raw file's column", async () => {
    const { records } = await loadAgencySurveyCodebook(realDataDir());
    expect(records.find((e) => e.fieldName.startsWith("16.4."))).toEqual({
      fieldName: "16.4. Indigenous peoples (First Nations, Inuit, Métis)",
      question: "16.  Tell us about the specific target population that your agency serves. Please select all that apply:",
      values: ["1", "NULL"],
    });
  });

  it("documents every column of the schema but questions 10, 11 and the Agencies_Corporations column", async () => {
    const { records } = await loadAgencySurveyCodebook(realDataDir());
    const documented = new Set(records.map((e) => e.fieldName));
    const columns = [...new Set(Object.values(AgencySurveyResponse.shape).map((s) => cellMeta(s)?.column ?? ""))];
    expect(columns).toHaveLength(153);
    expect(columns.filter((c) => !documented.has(c)).map((c) => c.slice(0, 30))).toEqual([
      "10. Do you have any recommenda",
      "11. What are the critical issu",
      "11. Agencies_Corporations",
    ]);
    expect(records.every((e) => columns.includes(e.fieldName))).toBe(true);
  });

  it("rejects an entry without a field name and a duplicate one", async () => {
    const dir = fixtureDataDir({
      [AGENCY_SURVEY_CODEBOOK_FILE]:
        'Field Name,Question,Values\nRespondent,Primary key,Integer\n,Orphan,"1\nNULL"\nRespondent,Again,Integer\n',
    });
    const result = await loadAgencySurveyCodebook(dir);
    expect(result.accounting).toEqual({ rowsIn: 3, accepted: 1, rejected: 2 });
    expect(result.rejected.map((r) => [r.row, r.line, r.issues.map((i) => i.message)])).toEqual([
      [3, 3, ["Not a value (this field is required)."]],
      [4, 5, ["Duplicate key Respondent; it first appears on row 2."]],
    ]);
  });
});
