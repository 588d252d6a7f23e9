import type { DataDir } from "../data-dir.js";
import type { DatasetDefinition, DatasetLoad } from "../dataset-definition.js";
import type { LoadMode } from "../load-table.js";
import { AgencySurveyCodebookEntry } from "./agency-survey-codebook-entry.js";
import { AgencySurveyResponse } from "./agency-survey-response.js";
import { AGENCY_SURVEY_CODEBOOK_FILE, loadAgencySurveyCodebook } from "./load-agency-survey-codebook.js";
import { AGENCY_SURVEY_RESPONSES_FILE, loadAgencySurveyResponses } from "./load-agency-survey-responses.js";
import { torontoAgencySurveySource as source } from "./source.js";

/**
 * The City of Toronto's 2020 agency survey on COVID-19 recovery and rebuild: the responses
 * (restricted survey microdata) and the City's codebook.
 *
 * @example
 * const load = await torontoAgencySurvey.load(resolveDataDir());
 * load.responses.accounting // { rowsIn: 346, accepted: 344, rejected: 2 }
 */
export const torontoAgencySurvey: DatasetDefinition = {
  id: source.id,
  title: source.title,
  tables: [
    { name: "responses", file: AGENCY_SURVEY_RESPONSES_FILE, schema: AgencySurveyResponse },
    { name: "codebook", file: AGENCY_SURVEY_CODEBOOK_FILE, schema: AgencySurveyCodebookEntry },
  ],
  async load(dataDir: DataDir, options: { mode?: LoadMode } = {}): Promise<DatasetLoad> {
    return {
      responses: await loadAgencySurveyResponses(dataDir, options),
      codebook: await loadAgencySurveyCodebook(dataDir, options),
    };
  },
};
