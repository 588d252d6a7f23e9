import { cellMeta } from "../cells.js";
import type { CellIssue, LoadResult, RejectedRow } from "../load-result.js";
import { message } from "../messages.js";
import type { CsvRecord, CsvTable } from "../read-csv.js";
import { AgencySurveyResponse } from "./agency-survey-response.js";

/** The fields holding text a respondent typed: free-text answers, the postal-code fragment and the agency name. */
const TEXT_FIELDS = Object.entries(AgencySurveyResponse.shape)
  .filter(([, schema]) => cellMeta(schema)?.sensitive === true)
  .map(([field]) => field as keyof AgencySurveyResponse);

/** "test", "Test", " TEST. ": the whole answer is the word test. */
const TEST = /^test[.!]?$/i;

/**
 * The text answers of a response that say "test", when every text answer it has does; else an
 * empty list. A genuine answer that mentions testing (COVID-19 testing) is never one.
 *
 * @example
 * testAnswers(record) // [{ field: "q2", value: "test" }, { field: "q4", value: "test" }, ...]
 */
export function testAnswers(record: AgencySurveyResponse): { field: keyof AgencySurveyResponse; value: string }[] {
  const answers = TEXT_FIELDS.flatMap((field) => {
    const value = record[field];
    return typeof value === "string" ? [{ field, value }] : [];
  });
  return answers.length > 0 && answers.every((a) => TEST.test(a.value.trim())) ? answers : [];
}

/**
 * Moves test responses from a load's accepted records to its rejected rows, each with a located
 * reason, and fixes the accounting so that rows in = accepted + rejected still holds.
 *
 * The rule: a response is a test response when it has at least one text answer (a free-text
 * answer, the postal-code fragment Q13 or the agency name Q19) and every text answer it has is
 * the word "test" (any case, a trailing full stop or exclamation mark allowed). In the 2020 file
 * this catches respondents 18 and 21, both of which stopped before the end.
 *
 * @example
 * const result = rejectTestResponses(loadTable({ table, file, schema: AgencySurveyResponse, ... }), table, file);
 */
export function rejectTestResponses(
  result: LoadResult<AgencySurveyResponse>,
  table: CsvTable,
  file: string,
): LoadResult<AgencySurveyResponse> {
  const column = (field: keyof AgencySurveyResponse): string | null => cellMeta(AgencySurveyResponse.shape[field])?.column ?? null;
  const respondentColumn = table.header.indexOf(column("respondent") ?? "");
  const rowOf = new Map<number, CsvRecord>();
  for (const rec of table.records) {
    const id = Number(rec.cells[respondentColumn]?.trim());
    if (!rowOf.has(id)) rowOf.set(id, rec);
  }

  const kept: AgencySurveyResponse[] = [];
  const tests: RejectedRow[] = [];
  for (const record of result.records) {
    const answers = testAnswers(record);
    const first = answers[0];
    const rec = rowOf.get(record.respondent);
    if (first === undefined || rec === undefined) {
      kept.push(record);
      continue;
    }
    const issue: CellIssue = {
      column: column(first.field),
      field: first.field,
      value: first.value,
      expected: message.expectedRealResponse,
      message: message.testResponse(record.respondent, answers.length),
      hint: message.testResponseHint,
    };
    tests.push({ file, row: rec.row, line: rec.line ?? table.lineOf?.(rec.row) ?? rec.row, issues: [issue], excludedBy: "test response" });
  }
  if (tests.length === 0) return result;
  const rejected = [...result.rejected, ...tests].sort((a, b) => a.row - b.row);
  return {
    ...result,
    records: kept,
    rejected,
    accounting: { rowsIn: result.accounting.rowsIn, accepted: kept.length, rejected: rejected.length },
  };
}
