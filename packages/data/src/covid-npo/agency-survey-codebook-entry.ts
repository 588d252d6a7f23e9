import { z } from "zod";
import { requiredTextCell } from "../cells.js";
import { linesCell } from "./survey-cells.js";

/**
 * One row of the survey's codebook, `readme_codebook.csv`: the City's data dictionary for one
 * column of `agency_survey_rawdata.csv`. It lists 150 of the raw file's 160 columns: not questions
 * 10 and 11, nor `11. Agencies_Corporations`, nor the empty columns X154 to X160.
 */
export const AgencySurveyCodebookEntry = z
  .object({
    fieldName: requiredTextCell({
      column: "Field Name",
      description:
        "The column title in agency_survey_rawdata.csv that the entry describes, e.g. 1.1. Had to temporarily close down or adjust services.",
    }),
    question: requiredTextCell({
      column: "Question",
      description: "The question as the survey asked it (with the item, for question 3); the codebook's own spacing and line breaks kept.",
    }),
    values: linesCell({
      column: "Values",
      description:
        "The values the column may hold, one a line: 1 and NULL for a tick box, freeform text, or the answer options. NULL is written NA in the raw file.",
    }),
  })
  .describe("One entry of the City of Toronto agency survey's codebook (readme_codebook.csv).");
export type AgencySurveyCodebookEntry = z.infer<typeof AgencySurveyCodebookEntry>;
