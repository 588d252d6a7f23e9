import { z } from "zod";

/** One value label of a coded variable: the code the public-use file holds and what it means. */
export const UrbanValueLabel = z
  .object({
    code: z.string().min(1).describe("The code as the public-use file writes it, e.g. `1`, `-99`, `AR`."),
    label: z.string().describe("What the code means, e.g. `Checked`, `Chose not to answer`, `Arts`."),
  })
  .strict();
export type UrbanValueLabel = z.infer<typeof UrbanValueLabel>;

/**
 * One variable of an Urban Institute National Survey of Nonprofit Trends and Impacts data
 * dictionary (year 1 or year 2 public-use file), as read from the .xlsx: its name, label, type
 * and, where the dictionary gives them, its value labels or its range.
 */
export const UrbanCodebookVariable = z
  .object({
    year: z.union([z.literal(1), z.literal(2)]).describe("The survey year (wave) whose dictionary lists it."),
    variable: z
      .string()
      .regex(/^[A-Za-z0-9_][A-Za-z0-9_.]*$/)
      .describe("The variable name in the public-use file, e.g. `PROGCHANGES_10`, `CARES_Rcv`."),
    label: z.string().describe("The question or description, whitespace collapsed."),
    type: z.string().describe("Year 1: `Num` or `Char`; year 2: `boolean`, `factor`, `numeric`, `text`, ..."),
    format: z.string().nullable().describe("Year 1's SAS format (`YNUNA`, `MCHOICE`), or null; year 2's question group."),
    values: z.array(UrbanValueLabel).describe("Coded values with their labels, in the dictionary's order; empty when it gives none."),
    range: z.string().nullable().describe("Year 1's observed range of an uncoded numeric variable (`-99.00-46.00`), else null."),
    inPuf: z.boolean().nullable().describe("Year 2: whether the variable is in the public-use file; null in year 1 (all are)."),
    row: z.number().int().describe("1-based spreadsheet row of the variable's first line."),
  })
  .strict()
  .describe("A variable of an Urban Institute nonprofit trends data dictionary.");
export type UrbanCodebookVariable = z.infer<typeof UrbanCodebookVariable>;
