import { createHash } from "node:crypto";
import type { z } from "zod";
import { cellMeta } from "./cells.js";
import { DataError } from "./data-error.js";
import type { CellIssue, LoadResult, LoadWarning, RejectedRow } from "./load-result.js";
import { message } from "./messages.js";
import type { CsvTable } from "./read-csv.js";

/** Whether one bad row fails the whole load (`strict`) or is rejected and reported (`lenient`). */
export type LoadMode = "strict" | "lenient";

/** A table schema: a zod object whose fields are cell schemas from `cells.ts`. */
export type TableSchema = z.ZodObject<Record<string, z.ZodType>>;

export interface LoadTableOptions<S extends TableSchema> {
  table: CsvTable;
  file: string;
  schema: S;
  /** Field whose value must be unique (the record's ID). */
  key?: keyof z.infer<S> & string;
  /** Foreign key: the field's value must be one of `keys`. */
  references?: { field: keyof z.infer<S> & string; keys: ReadonlySet<string>; message: (v: string) => string; hint: string };
  mode?: LoadMode;
  provenance: { dataset: string; snapshot: string; schemaVersion: string };
}

/**
 * Validates the records of a CSV table against a table schema, mapping the file's column titles
 * onto the schema's field names. Every row ends up accepted or rejected with located reasons;
 * in strict mode any rejection throws a `DataError`.
 */
export function loadTable<S extends TableSchema>(options: LoadTableOptions<S>): LoadResult<z.infer<S>> {
  const { table, file, schema } = options;
  const warnings: LoadWarning[] = [...table.warnings];
  const fields = Object.entries(schema.shape).map(([field, s]) => {
    const meta = cellMeta(s);
    if (meta === undefined) throw new Error(`field ${field} of the ${file} schema has no cell metadata`);
    return { field, meta, index: table.header.indexOf(meta.column) };
  });

  for (const f of fields.filter((f) => f.index < 0)) {
    if (f.meta.required) {
      const issue: CellIssue = {
        column: f.meta.column,
        field: f.field,
        value: null,
        expected: `a column titled "${f.meta.column}"`,
        message: message.missingColumn(f.meta.column, f.field),
        hint: message.missingColumnHint(table.header),
      };
      throw new DataError(`${file}: ${issue.message}`, {
        file,
        rows: [{ file, row: 1, line: 1, issues: [issue] }],
        hint: issue.hint,
      });
    }
    warnings.push({
      file,
      row: 1,
      column: f.meta.column,
      message: message.missingOptionalColumn(f.meta.column, f.field),
      hint: message.missingColumnHint(table.header),
    });
  }
  const known = new Set(fields.map((f) => f.meta.column));
  const unknown = table.header.filter((h) => h !== "" && !known.has(h));
  if (unknown.length > 0)
    warnings.push({ file, row: 1, column: null, message: message.unknownColumns(unknown), hint: message.unknownColumnsHint });

  const records: z.infer<S>[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  const columnOf = new Map(fields.map((f) => [f.field, f.meta.column]));

  for (const rec of table.records) {
    const input: Record<string, string | undefined> = {};
    for (const f of fields) input[f.field] = f.index < 0 ? undefined : rec.cells[f.index];
    const issues: CellIssue[] = [];
    if (rec.cells.length !== table.header.length) {
      issues.push({
        column: null,
        field: null,
        value: null,
        expected: `${table.header.length} cells`,
        message: `The row has ${rec.cells.length} cells but the header has ${table.header.length}.`,
        hint: "A cell may contain an unquoted comma, or the file was cut short.",
      });
    }
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const field = String(zi.path[0] ?? "");
        const params = (zi as { params?: { expected?: string; hint?: string; value?: string } }).params;
        const value = input[field];
        issues.push({
          column: columnOf.get(field) ?? null,
          field: field || null,
          value: params?.value ?? (value === undefined ? null : value),
          expected: params?.expected ?? zi.message,
          message: `Not ${params?.expected ?? "valid"}.`,
          hint: params?.hint ?? "Check the value against the data dictionary.",
        });
      }
    }
    const record = parsed.success ? parsed.data : undefined;
    if (record !== undefined && options.key !== undefined) {
      const k = String(record[options.key]);
      const first = seen.get(k);
      if (first !== undefined) {
        issues.push({
          column: columnOf.get(options.key) ?? null,
          field: options.key,
          value: k,
          expected: "a unique ID",
          message: message.duplicateKey(k, first),
          hint: message.duplicateKeyHint,
        });
      } else seen.set(k, rec.row);
    }
    if (record !== undefined && options.references !== undefined) {
      const { field, keys } = options.references;
      const v = String(record[field]);
      if (!keys.has(v)) {
        issues.push({
          column: columnOf.get(field) ?? null,
          field,
          value: v,
          expected: "an ID that exists in the parent table",
          message: options.references.message(v),
          hint: options.references.hint,
        });
      }
    }
    if (issues.length > 0 || record === undefined) rejected.push({ file, row: rec.row, line: rec.line, issues });
    else records.push(record);
  }

  const accounting = { rowsIn: table.records.length, accepted: records.length, rejected: rejected.length };
  if (options.mode === "strict" && rejected.length > 0) {
    throw new DataError(message.strictFailure(file, rejected.length, accounting.rowsIn), {
      file,
      rows: rejected,
      hint: message.strictFailureHint,
    });
  }
  return {
    records,
    rejected,
    warnings,
    accounting,
    provenance: {
      ...options.provenance,
      files: [{ path: file, bytes: table.bytes.length, sha256: createHash("sha256").update(table.bytes).digest("hex") }],
    },
  };
}
