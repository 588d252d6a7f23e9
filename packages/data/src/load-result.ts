import { z } from "zod";

/** One problem with one cell (or with the header) of a source file. */
export const CellIssue = z
  .object({
    column: z.string().nullable().describe("The column title as it appears in the file's header, or null for a whole-row problem."),
    field: z.string().nullable().describe("The record field the column feeds, or null for a whole-row problem."),
    value: z.string().nullable().describe("The value received, as text; null when the cell was absent."),
    expected: z.string().describe("What the loader expected to find."),
    message: z.string().describe("One sentence saying what is wrong."),
    hint: z.string().describe("What to do about it."),
  })
  .describe("A located problem with one cell of a source file.");
export type CellIssue = z.infer<typeof CellIssue>;

/** A data row the loader could not accept, with every problem found in it. */
export const RejectedRow = z
  .object({
    file: z.string().describe("The source file, relative to the data directory."),
    row: z.number().int().describe("1-based row as a spreadsheet shows it: the header is row 1, the first record row 2."),
    line: z.number().int().describe("1-based line in the file where the record starts (cells may span lines)."),
    issues: z.array(CellIssue).min(1).describe("Every problem found in the row."),
    excludedBy: z
      .string()
      .optional()
      .describe("Set when the row is sound but a documented rule leaves it out (e.g. a survey's test responses): the rule's name."),
  })
  .describe("A rejected row: nothing is dropped silently.");
export type RejectedRow = z.infer<typeof RejectedRow>;

/** Something worth knowing that did not cost any row. */
export const LoadWarning = z
  .object({
    file: z.string(),
    row: z.number().int().nullable().describe("The row concerned, or null for the whole file."),
    column: z.string().nullable(),
    message: z.string(),
    hint: z.string(),
  })
  .describe("A problem that did not reject any row, reported once, not once per row.");
export type LoadWarning = z.infer<typeof LoadWarning>;

/** Where the records came from: enough to say exactly what a figure rests on. */
export const SourceFile = z.object({
  path: z.string().describe("Path relative to the data directory."),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().length(64),
});
export type SourceFile = z.infer<typeof SourceFile>;

export const Provenance = z.object({
  dataset: z.string().describe("The dataset's manifest id, e.g. indigo-impact-bond-dataset."),
  snapshot: z.string().describe("The export the files come from, as the dataset's manifest names it."),
  schemaVersion: z.string().describe("Version of the kit's schema the records were validated against."),
  files: z.array(SourceFile),
});
export type Provenance = z.infer<typeof Provenance>;

export const Accounting = z
  .object({
    rowsIn: z.number().int().nonnegative().describe("Data rows read from the file (header excluded)."),
    accepted: z.number().int().nonnegative(),
    rejected: z.number().int().nonnegative(),
  })
  .refine((a) => a.rowsIn === a.accepted + a.rejected, "rows in must equal accepted plus rejected")
  .describe("Row accounting: rows in = accepted + rejected, always.");
export type Accounting = z.infer<typeof Accounting>;

/** What every loader returns. `T` is the record type, `z.infer` of the loader's schema. */
export interface LoadResult<T> {
  records: T[];
  rejected: RejectedRow[];
  warnings: LoadWarning[];
  accounting: Accounting;
  provenance: Provenance;
}
