import { describe, expect, it } from "vitest";
import { AgencySurveyResponse } from "../../src/covid-npo/agency-survey-response.js";
import { testAnswers } from "../../src/covid-npo/reject-test-responses.js";

/** A response with every field null (unticked, unanswered) but those given. */
function response(values: Partial<AgencySurveyResponse>): AgencySurveyResponse {
  const blank = Object.fromEntries(Object.keys(AgencySurveyResponse.shape).map((f) => [f, null]));
  return { ...blank, respondent: 1, reached_end: false, ...values } as AgencySurveyResponse;
}

describe("testAnswers", () => {
  it("lists the answers of a response whose every text answer is the word test", () => {
    expect(testAnswers(response({ q2: "test", q7: "Test", q19: "TEST." }))).toEqual([
      { field: "q2", value: "test" },
      { field: "q7", value: "Test" },
      { field: "q19", value: "TEST." },
    ]);
  });

  it("finds none when one answer is real, when an answer only mentions testing, or when there is no text at all", () => {
    expect(testAnswers(response({ q2: "test", q7: "We moved online" }))).toEqual([]);
    expect(testAnswers(response({ q7: "testing" }))).toEqual([]);
    expect(testAnswers(response({ q7: "COVID test sites" }))).toEqual([]);
    expect(testAnswers(response({ q1_1: true, q17: "1-5" }))).toEqual([]);
  });
});
