import { type DataDir, dataFile } from "../data-dir.js";
import type { LoadResult } from "../load-result.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { AgencySurveyCodebookEntry } from "./agency-survey-codebook-entry.js";
import { readSurveyCsv } from "./read-survey-csv.js";
import { torontoAgencySurveySource as source } from "./source.js";

export const AGENCY_SURVEY_CODEBOOK_FILE = `${source.dir}/readme_codebook.csv`;

/**
 * Loads and validates `readme_codebook.csv`, the City's data dictionary of the agency survey:
 * one entry per column, keyed by field name. The file is said to be windows-1252 but is UTF-8
 * (its one accented letter, the é of Métis, is two bytes); `readSurveyCsv` reads either.
 *
 * @example
 * const { records } = await loadAgencySurveyCodebook(resolveDataDir());
 * records[0]; // { fieldName: "Respondent", question: "Primary key - system generated", values: ["Integer"] }
 */
export async function loadAgencySurveyCodebook(
  dataDir: DataDir,
  options: { mode?: LoadMode; file?: string } = {},
): Promise<LoadResult<AgencySurveyCodebookEntry>> {
  const file = options.file ?? AGENCY_SURVEY_CODEBOOK_FILE;
  return loadTable({
    table: await readSurveyCsv(dataFile(dataDir, file, source), file),
    file,
    schema: AgencySurveyCodebookEntry,
    key: "fieldName",
    mode: options.mode ?? "lenient",
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
