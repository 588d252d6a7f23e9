import { cellMeta } from "../cells.js";
import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult, LoadWarning } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { message } from "../messages.js";
import { AgencySurveyResponse } from "./agency-survey-response.js";
import { dropEmptyPaddingColumns } from "./drop-empty-padding-columns.js";
import { readSurveyCsv } from "./read-survey-csv.js";
import { rejectTestResponses } from "./reject-test-responses.js";
import { torontoAgencySurveySource as source } from "./source.js";

export const AGENCY_SURVEY_RESPONSES_FILE = `${source.dir}/agency_survey_rawdata.csv`;

/** How Excel shows a formula it cannot evaluate; here, an answer that began with =, + or -. */
const EXCEL_NAME_ERROR = "#NAME?";

/**
 * Loads and validates `agency_survey_rawdata.csv`, the City of Toronto's 2020 agency survey on
 * COVID-19 recovery and rebuild: one record per responding agency, in the survey's own structure
 * (see `AgencySurveyResponse`). The file's quirks are handled by rule:
 *
 * - encoding: windows-1252 as the City exports it, or UTF-8 if re-saved (`readSurveyCsv`);
 * - `NA` and blank are null; a ticked item is `true`; the empty untitled columns X154 to X160
 *   are dropped (`dropEmptyPaddingColumns`);
 * - Q17 ranges that Excel turned into dates (`05-Jan`, `10-Jun`, `20-Nov`) are read back as 1-5,
 *   6-10 and 11-20; `q17_excel_date` keeps the text as exported, and one warning counts them;
 * - test responses are rejected with a located reason: a response is a test response when it has
 *   at least one text answer (free text, the postal-code fragment Q13 or the agency name Q19) and
 *   every one of them is the word "test" (`rejectTestResponses`); strict mode does not count them
 *   as failures, since they are expected;
 * - incomplete responses (`Reached end` = 0) are kept, with `reached_end` false, and counted in
 *   one warning;
 * - answers that Excel destroyed (`#NAME?`) are kept as they are, with one warning per column.
 *
 * @example
 * const { records, rejected, accounting } = await loadAgencySurveyResponses(resolveDataDir());
 * accounting; // { rowsIn: 346, accepted: 344, rejected: 2 }
 */
export async function loadAgencySurveyResponses(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string } = {},
): Promise<LoadResult<AgencySurveyResponse>> {
  const file = options.file ?? AGENCY_SURVEY_RESPONSES_FILE;
  const table = dropEmptyPaddingColumns(await readSurveyCsv(dataFile(dataDir, file, source), file), ["NA"]);
  const loaded = loadTable({
    table,
    file,
    schema: AgencySurveyResponse,
    key: "respondent",
    mode: options.mode ?? "lenient",
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
  const result = rejectTestResponses(loaded, table, file);
  return { ...result, warnings: [...result.warnings, ...quirkWarnings(result.records, file)] };
}

/** One warning per quirk seen, never one per row. */
function quirkWarnings(records: readonly AgencySurveyResponse[], file: string): LoadWarning[] {
  const column = (field: keyof AgencySurveyResponse): string => cellMeta(AgencySurveyResponse.shape[field])?.column ?? field;
  const warnings: LoadWarning[] = [];
  const repaired = records.filter((r) => r.q17_excel_date !== null).length;
  if (repaired > 0) {
    warnings.push({
      file,
      row: null,
      column: column("q17"),
      message: message.staffSizeRepaired(repaired, "q17"),
      hint: message.staffSizeRepairedHint,
    });
  }
  const incomplete = records.filter((r) => !r.reached_end).length;
  if (incomplete > 0) {
    warnings.push({
      file,
      row: null,
      column: column("reached_end"),
      message: message.incompleteResponses(incomplete, records.length),
      hint: message.incompleteResponsesHint,
    });
  }
  for (const field of Object.keys(AgencySurveyResponse.shape) as (keyof AgencySurveyResponse)[]) {
    const lost = records.filter((r) => r[field] === EXCEL_NAME_ERROR).length;
    if (lost > 0) {
      warnings.push({
        file,
        row: null,
        column: column(field),
        message: message.excelFormulaError(lost, field),
        hint: message.excelFormulaErrorHint,
      });
    }
  }
  return warnings;
}
