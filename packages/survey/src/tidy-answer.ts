import { z } from "zod";
import { ItemKind } from "./survey-item.js";

/**
 * One respondent's answer to one item: the survey in tidy form, one row per respondent per item.
 * Row-level and never published: only aggregates of it that passed `publishSurveyTable` are.
 */
export const TidyAnswer = z
  .object({
    respondent: z.string().describe("The respondent ID, as text whatever the survey's type."),
    complete: z.boolean().nullable().describe("Whether the respondent reached the end; null when the survey does not say."),
    block: z.string().describe("The question block (`1`, `3`, `14`)."),
    group: z.string().describe("The tick boxes answered together (`1`, or `3.1` for a grid row)."),
    item: z.string().describe("The item's code (`1.2`)."),
    label: z.string().describe("The item's label."),
    kind: ItemKind,
    value: z
      .union([z.boolean(), z.string(), z.number(), z.null()])
      .describe(
        "tick: true when ticked, false when not ticked but another box of its group was, null when the whole group was skipped; choice: the option's label; numeric: the number; text: the answer (only when asked for); null: no answer.",
      ),
  })
  .describe("One respondent's answer to one item (tidy form).");
export type TidyAnswer = z.infer<typeof TidyAnswer>;

/** One row of a survey's raw export: cell text by column title; blank, a missing token or absent is no answer. */
export const SurveyRow = z.record(z.string(), z.string().nullable());
export type SurveyRow = z.infer<typeof SurveyRow>;
