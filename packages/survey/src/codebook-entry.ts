import { z } from "zod";

/**
 * One entry of a survey's codebook in the form the pipeline reads, whatever survey it comes from:
 * the column it describes, the question asked, and the values the column may hold. The City of
 * Toronto's `readme_codebook.csv` has exactly these three columns (`Field Name`, `Question`,
 * `Values`); another survey's data dictionary is adapted to it in a few lines.
 */
export const CodebookEntry = z
  .object({
    field: z
      .string()
      .min(1)
      .describe("The column title in the raw export, e.g. `1.2. Moved program and service delivery online` or `mode_online`."),
    question: z.string().describe("The question as asked, with its number (`1. How has your agency ...`)."),
    values: z
      .array(z.string())
      .describe("The values the column may hold, one per element: `1` and `NULL` for a tick box, `freeform text`, or the answer options."),
  })
  .describe("One codebook entry: a column of the raw export and what it holds.");
export type CodebookEntry = z.infer<typeof CodebookEntry>;
