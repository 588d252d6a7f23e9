import { z } from "zod";

/** What kind of answer an item holds. */
export const ItemKind = z
  .enum(["tick", "choice", "text", "numeric"])
  .describe(
    "tick: one box of a select-all-that-apply question; choice: one answer from a list; text: free text (always sensitive); numeric: a number (or an ID).",
  );
export type ItemKind = z.infer<typeof ItemKind>;

/** One answer option of a single-choice item: the code the export writes and its label. */
export const ItemOption = z.object({
  code: z.string().describe("What the raw export writes, e.g. `1` or `$100,000 - $249,999`."),
  label: z.string().describe("The option in words, e.g. `Yes` for `1 = Yes`; the code itself when the codebook gives no label."),
});
export type ItemOption = z.infer<typeof ItemOption>;

/**
 * The typed description of one column of a survey, built from its codebook entry by
 * `parseCodebook`: which question block it belongs to, its item label and its kind.
 */
export const SurveyItem = z
  .object({
    column: z.string().describe("The column title in the raw export (the codebook's field)."),
    code: z
      .string()
      .describe(
        "The item's code: the number the survey gives it (`1.2`, `3.1.1`, `15`), else the column title (`Respondent`, `mode_online`).",
      ),
    block: z
      .string()
      .describe("The question block: the question's number (`1`, `3`, `15`), else the column title for an unnumbered field."),
    group: z
      .string()
      .describe(
        "The set of tick boxes answered together (`1` for question 1, `3.1` for one row of question 3's grid): a respondent who ticked none of them skipped it.",
      ),
    question: z.string().describe("The block's question, numbering and repeated spaces removed."),
    label: z.string().describe("The item's own label (`Moved program and service delivery online`); the question for a one-item block."),
    grid: z
      .object({ row: z.string(), column: z.string() })
      .nullable()
      .describe("For a grid item (`Additional funding - Short-term (0-6 months)`): its row and column; else null."),
    kind: ItemKind,
    options: z.array(ItemOption).describe("The answer options of a choice item, in the codebook's order; empty otherwise."),
    sensitive: z
      .boolean()
      .describe("Free text or an identifier a respondent typed: never published, left out of the tidy form by default."),
  })
  .describe("One item (column) of a survey, typed from its codebook entry.");
export type SurveyItem = z.infer<typeof SurveyItem>;
