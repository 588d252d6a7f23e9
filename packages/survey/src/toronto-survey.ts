import {
  type AgencySurveyCodebookEntry,
  AgencySurveyResponse,
  cellMeta,
  type DataDir,
  type LoadResult,
  loadAgencySurveyCodebook,
  loadAgencySurveyResponses,
  torontoAgencySurveySource,
} from "@hnl/data";
import type { CodebookEntry } from "./codebook-entry.js";
import { parseCodebook } from "./parse-codebook.js";
import { type MappedSurvey, mapSurvey } from "./resolve-column-map.js";
import type { SurveyItem } from "./survey-item.js";
import type { SurveyRow } from "./tidy-answer.js";
import { type TidySurvey, tidySurvey } from "./tidy-survey.js";
import { torontoColumnMap } from "./toronto-column-map.js";

/** The Toronto codebook in the pipeline's form. */
export function torontoCodebook(entries: readonly AgencySurveyCodebookEntry[]): CodebookEntry[] {
  return entries.map((e) => ({ field: e.fieldName, question: e.question, values: e.values }));
}

/**
 * Validated Toronto responses back in the raw export's shape (cell text by column title), so the
 * survey-agnostic pipeline reads them: the loader's rules have run first (test responses left
 * out, Excel-mangled staff sizes read back). `q17_excel_date`, the repair's record, shares its
 * column with q17 and is not repeated.
 */
export function torontoSurveyRows(records: readonly AgencySurveyResponse[]): SurveyRow[] {
  const seen = new Set<string>();
  const fields = Object.entries(AgencySurveyResponse.shape).flatMap(([field, schema]) => {
    const column = cellMeta(schema)?.column;
    if (column === undefined || seen.has(column)) return [];
    seen.add(column);
    return [{ field: field as keyof AgencySurveyResponse, column }];
  });
  return records.map((r) => {
    const row: SurveyRow = {};
    for (const { field, column } of fields) {
      const v = r[field];
      row[column] = v === null ? null : v === true ? "1" : v === false ? "0" : String(v);
    }
    return row;
  });
}

/** The Toronto survey ready for analysis, and what the loaders accounted for. */
export interface TorontoSurvey {
  items: SurveyItem[];
  survey: MappedSurvey;
  tidy: TidySurvey;
  responses: Pick<LoadResult<unknown>, "accounting" | "provenance">;
  codebook: Pick<LoadResult<unknown>, "accounting" | "provenance">;
  /** Responses the loader left out by rule (test responses). */
  testResponses: number;
  source: typeof torontoAgencySurveySource;
}

/**
 * Loads the City of Toronto agency survey through @hnl/data's typed loaders (strict: a bad row
 * fails) and runs the pipeline on it: codebook → items, column map → themes, export → tidy form.
 *
 * @example
 * const t = await loadTorontoSurvey(resolveDataDir());
 * t.tidy.respondents.length // 344
 */
export async function loadTorontoSurvey(dataDir: DataDir): Promise<TorontoSurvey> {
  const responses = await loadAgencySurveyResponses(dataDir, { mode: "strict" });
  const codebook = await loadAgencySurveyCodebook(dataDir, { mode: "strict" });
  const items = parseCodebook(torontoCodebook(codebook.records));
  const survey = mapSurvey(torontoColumnMap, items);
  const tidy = tidySurvey(torontoSurveyRows(responses.records), items, torontoColumnMap);
  const strip = (r: LoadResult<unknown>) => ({ accounting: r.accounting, provenance: r.provenance });
  return {
    items,
    survey,
    tidy,
    responses: strip(responses),
    codebook: strip(codebook),
    testResponses: responses.rejected.filter((r) => r.excludedBy === "test response").length,
    source: torontoAgencySurveySource,
  };
}
