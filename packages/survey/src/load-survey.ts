import { type DataDir, dataFile, readCsv, readUrbanCodebook } from "@hnl/data";
import { message } from "./messages.js";
import { parseCodebook } from "./parse-codebook.js";
import { mapSurvey } from "./resolve-column-map.js";
import { SurveyError } from "./survey-error.js";
import { tidySurvey } from "./tidy-survey.js";
import { torontoColumnMap } from "./toronto-column-map.js";
import { loadTorontoSurvey, type TorontoSurvey } from "./toronto-survey.js";
import { urbanColumnMap } from "./urban-column-map.js";
import { urbanLayout } from "./urban-survey.js";

/** The surveys the chapter runs on: the Toronto agency survey (default) or the Urban Institute public-use file. */
export const SURVEY_SOURCES = ["toronto", "urban-nptrends-year-1"] as const;
export type SurveySource = (typeof SURVEY_SOURCES)[number];

/** A survey ready for the chapter's analysis, whichever column map brought it there. */
export type LoadedSurvey = Pick<TorontoSurvey, "items" | "survey" | "tidy"> & {
  codebook: { accounting: { accepted: number } };
  source: { id: string; title: string; snapshot: string };
  /** Rows read from the raw file. */
  rowsIn: number;
};

/**
 * Loads a survey for the chapter through its column map: Toronto's agency survey by default, or
 * the Urban Institute's year 1 public-use file (a CSV a team puts at `urbanColumnMap.pufFile` in
 * the data directory, or passes as `puf`), recoded by the second column map.
 *
 * @example
 * const t = await loadSurvey(resolveDataDir(), process.env.HNL_COVID_SURVEY ?? "toronto");
 */
export async function loadSurvey(dataDir: DataDir, source: string = "toronto", options: { puf?: string } = {}): Promise<LoadedSurvey> {
  if (source === "toronto") {
    const t = await loadTorontoSurvey(dataDir);
    return { ...t, rowsIn: t.responses.accounting.rowsIn };
  }
  if (source !== "urban-nptrends-year-1") {
    throw new SurveyError(message.unknownSurveySource(source, SURVEY_SOURCES), {
      file: "HNL_COVID_SURVEY",
      hint: message.unknownSurveySourceHint,
    });
  }
  const codebook = await readUrbanCodebook(dataDir, urbanColumnMap.year);
  const layout = urbanLayout(urbanColumnMap, torontoColumnMap);
  const path =
    options.puf ??
    dataFile(dataDir, urbanColumnMap.pufFile, {
      id: urbanColumnMap.survey,
      title: urbanColumnMap.title,
      hint: message.missingUrbanFileHint(urbanColumnMap.pufFile),
    });
  const table = await readCsv(path, options.puf ?? urbanColumnMap.pufFile);
  const rows = table.records.map((r) => layout.recode(Object.fromEntries(table.header.map((h, i) => [h, r.cells[i] ?? ""])), r.row));
  const items = parseCodebook(layout.entries);
  return {
    items,
    survey: mapSurvey(layout.columnMap, items),
    tidy: tidySurvey(rows, items, layout.columnMap),
    codebook: { accounting: { accepted: codebook.variables.length } },
    source: {
      id: urbanColumnMap.survey,
      title: urbanColumnMap.title,
      snapshot: `the public-use file read from ${options.puf === undefined ? urbanColumnMap.pufFile : "a file given by path"}`,
    },
    rowsIn: table.records.length,
  };
}
