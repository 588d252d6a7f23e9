import { z } from "zod";
import type { DataDir } from "./data-dir.js";
import { DataError, MissingDataError } from "./data-error.js";
import type { DatasetDefinition, DatasetLoad } from "./dataset-definition.js";
import { showValue } from "./show-value.js";

/** One located problem, as `hnl data validate --json` prints it. */
export const ValidationError = z.object({
  file: z.string(),
  row: z.number().int(),
  column: z.string().nullable(),
  message: z.string(),
});

/** A file that could not be read at all: the dataset's rows could not be counted. */
export const FileError = z.object({
  file: z.string(),
  kind: z.enum(["unreadable", "missing"]).describe("unreadable: the file is there but is not a readable table; missing: a setup problem."),
  line: z.number().int().nullable().describe("1-based line of the first problem, when known."),
  byte: z.number().int().nullable().describe("0-based byte offset of the first bad byte, when known."),
  message: z.string(),
  hint: z.string(),
});
export type FileError = z.infer<typeof FileError>;

/** A dataset's validation outcome: the shape of `hnl data validate --json`. */
export const DatasetValidation = z.object({
  name: z.string().describe("The dataset's manifest id."),
  rowsIn: z.number().int(),
  rowsAccepted: z.number().int(),
  rowsRejected: z.number().int(),
  warnings: z.number().int().describe("Problems that cost no row (dangling organisation IDs, missing optional columns)."),
  tables: z.array(
    z.object({
      file: z.string(),
      rowsIn: z.number().int(),
      rowsAccepted: z.number().int(),
      rowsRejected: z.number().int(),
      warnings: z.array(z.string()),
    }),
  ),
  rowsExcluded: z.number().int().describe("Rejected rows that a documented rule leaves out (not errors), e.g. test responses."),
  errors: z.array(ValidationError).describe("Every located problem of every rejected row that is not a rule-based exclusion."),
  fileErrors: z
    .array(FileError)
    .describe("Files that could not be read at all; the dataset's counts are then zero, and every other dataset is still validated."),
  excluded: z.array(ValidationError.extend({ rule: z.string() })).describe("Rows left out by a documented rule, with the rule."),
});
export type DatasetValidation = z.infer<typeof DatasetValidation>;

/**
 * Loads a dataset in lenient mode and sums up its validation: rows in, accepted and rejected per
 * table and in all, and every located error.
 *
 * @example
 * const v = await validateDataset(indigoImpactBondDataset, dir); v.rowsRejected === 0
 */
export async function validateDataset(definition: DatasetDefinition, dataDir: DataDir, load?: DatasetLoad): Promise<DatasetValidation> {
  let loaded: DatasetLoad;
  try {
    loaded = load ?? (await definition.load(dataDir, { mode: "lenient" }));
  } catch (error) {
    // One unreadable file costs its own dataset, never the whole run.
    if (!(error instanceof DataError)) throw error;
    return unreadable(definition, error);
  }
  const results = Object.values(loaded);
  const sum = (f: (a: { rowsIn: number; accepted: number; rejected: number }) => number) =>
    results.reduce((n, r) => n + f(r.accounting), 0);
  return {
    name: definition.id,
    rowsIn: sum((a) => a.rowsIn),
    rowsAccepted: sum((a) => a.accepted),
    rowsRejected: sum((a) => a.rejected),
    warnings: results.reduce((n, r) => n + r.warnings.length, 0),
    tables: results.map((r) => ({
      file: r.provenance.files[0]?.path ?? "",
      rowsIn: r.accounting.rowsIn,
      rowsAccepted: r.accounting.accepted,
      rowsRejected: r.accounting.rejected,
      warnings: r.warnings.map((w) => `${w.message} Hint: ${w.hint}`),
    })),
    rowsExcluded: results.reduce((n, r) => n + r.rejected.filter((row) => row.excludedBy !== undefined).length, 0),
    excluded: results.flatMap((r) =>
      r.rejected.flatMap((row) =>
        row.excludedBy === undefined
          ? []
          : [
              {
                file: row.file,
                row: row.row,
                column: row.issues[0]?.column ?? null,
                message: row.issues[0]?.message ?? "",
                rule: row.excludedBy,
              },
            ],
      ),
    ),
    fileErrors: [],
    errors: results.flatMap((r) =>
      r.rejected
        .filter((row) => row.excludedBy === undefined)
        .flatMap((row) =>
          row.issues.map((i) => ({
            file: row.file,
            row: row.row,
            column: i.column,
            message: i.value === null ? `${i.message} Hint: ${i.hint}` : `${i.message} Received ${showValue(i.value)}. Hint: ${i.hint}`,
          })),
        ),
    ),
  };
}

function unreadable(definition: DatasetDefinition, error: DataError): DatasetValidation {
  return {
    name: definition.id,
    rowsIn: 0,
    rowsAccepted: 0,
    rowsRejected: 0,
    warnings: 0,
    tables: [],
    rowsExcluded: 0,
    excluded: [],
    errors: [],
    fileErrors: [
      {
        file: error.file,
        kind: error instanceof MissingDataError ? "missing" : "unreadable",
        line: error.line ?? null,
        byte: error.byte ?? null,
        message: error.message,
        hint: error.hint,
      },
    ],
  };
}
