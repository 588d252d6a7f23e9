import { createHash } from "node:crypto";
import type { z } from "zod";
import { blankToNull, type CellParser, cellMeta } from "./cells.js";
import { DataError } from "./data-error.js";
import type { CellIssue, LoadResult, LoadWarning, RejectedRow } from "./load-result.js";
import { message } from "./messages.js";
import type { CsvTable } from "./read-csv.js";
import { excerpt, INVISIBLE, INVISIBLE_IN_TEXT, showValue } from "./show-value.js";

/** Whether one bad row fails the whole load (`strict`) or is rejected and reported (`lenient`). */
export type LoadMode = "strict" | "lenient";

/** A foreign key: `field` must hold one of `keys`; `message` says so for one value. */
export interface Reference<S extends TableSchema = TableSchema> {
  field: keyof z.infer<S> & string;
  keys: ReadonlySet<string>;
  message: (value: string) => string;
  hint: string;
  /**
   * `reject` (default): a row with a dangling key is rejected. `warn`: the row is kept and each
   * dangling value is reported once, with the rows that use it (for references whose parent
   * record may be withheld from a public export while the row itself is sound).
   */
  onMissing?: "reject" | "warn";
  /**
   * Rows of the parent table that were rejected, by key: a value found here is in the parent file
   * but its record failed validation, so the row says that (naming the parent's file, row and
   * reason) instead of calling the ID unknown.
   */
  rejectedParents?: { rows: ReadonlyMap<string, RejectedRow>; message: (value: string, parent: RejectedRow) => string; hint: string };
}

/** A table schema: a zod object whose fields are cell schemas from `cells.ts`. */
export type TableSchema = z.ZodObject<Record<string, z.ZodType>>;

export interface LoadTableOptions<S extends TableSchema> {
  table: CsvTable;
  file: string;
  schema: S;
  /** Field whose value must be unique (the record's ID). */
  key?: keyof z.infer<S> & string;
  /** Foreign keys: each field's value (every item, for a list) must be one of its `keys`. */
  references?: readonly Reference<S>[];
  mode?: LoadMode;
  /**
   * Told the key (ID) of each rejected row, as written: a parent table's rejected IDs, so that its
   * child rows can say their parent row was rejected rather than that the ID is unknown.
   */
  onRejectedKey?: (key: string, row: RejectedRow) => void;
  /**
   * `exclude`: a row whose every cell equals an earlier row's is left out by the documented rule
   * `duplicate-row` (for child tables, where an exact copy counts the same thing twice), with one
   * warning giving the counts.
   */
  duplicateRows?: "exclude";
  /**
   * A data standard's codelists by pointer: every field whose cell names a `codelist` must hold one
   * of its codes. `missing`: the standard's files are not there, and one warning says the coded
   * fields went unchecked.
   */
  codelists?: ReadonlyMap<string, { values: ReadonlySet<string>; source: string }> | "missing";
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
  const header = numberRepeats(table.header);
  const fields = Object.entries(schema.shape).map(([field, s]) => {
    const meta = cellMeta(s);
    if (meta === undefined) throw new Error(`field ${field} of the ${file} schema has no cell metadata`);
    return { field, meta, index: header.indexOf(meta.column) };
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
  const unknown = header.filter((h) => h !== "" && !known.has(h));
  if (unknown.length > 0)
    warnings.push({ file, row: 1, column: null, message: message.unknownColumns(unknown), hint: message.unknownColumnsHint });

  const records: z.infer<S>[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, number>();
  const columnOf = new Map(fields.map((f) => [f.field, f.meta.column]));
  const dangling = new Map<string, { ref: Reference<S>; value: string; rows: number[] }>();

  // Every field built with cell() carries its parser: run those directly (same rules, without
  // zod's per-object cost). A schema with any other field goes through zod's safeParse.
  const fast = fields.every((f) => typeof f.meta.parse === "function")
    ? fields.map((f) => ({ field: f.field, index: f.index, parse: f.meta.parse as CellParser<unknown> }))
    : undefined;
  const inputOf = (cells: readonly string[]) => Object.fromEntries(fields.map((f) => [f.field, f.index < 0 ? undefined : cells[f.index]]));

  const references = options.references ?? [];
  // IDs (the key and every foreign key) must be plain text; other cells may hold invisible
  // characters, which are kept and reported once per column.
  const idFields = new Set<string>([...(options.key === undefined ? [] : [options.key]), ...references.map((r) => r.field)]);
  const idCells = fields.filter((f) => f.index >= 0 && idFields.has(f.field));
  const textCells = fields.filter((f) => f.index >= 0 && !idFields.has(f.field));
  const invisible = new Map<string, { count: number; row: number; value: string }>();
  const copies = new Map<string, { row: number; times: number }>();
  const coded = fields.flatMap((f) => {
    if (f.index < 0 || f.meta.codelist === undefined || options.codelists === undefined || options.codelists === "missing") return [];
    const list = options.codelists.get(f.meta.codelist.path);
    if (list === undefined) throw new Error(`the ${file} schema names codelist ${f.meta.codelist.path}, which the data standard lacks`);
    return [{ ...f, list, warn: f.meta.codelist.onUnknown === "warn", off: new Map<string, number>() }];
  });
  if (options.codelists === "missing" && fields.some((f) => f.index >= 0 && f.meta.codelist !== undefined))
    warnings.push({ file, row: null, column: null, message: message.codelistsMissing, hint: message.codelistsMissingHint });
  const keyIndex = options.key === undefined ? -1 : (fields.find((f) => f.field === options.key)?.index ?? -1);
  const checkReference = (ref: Reference<S>, v: string, row: number, issues: CellIssue[]) => {
    if (ref.keys.has(v)) return;
    const parent = ref.rejectedParents?.rows.get(v);
    if (parent !== undefined && ref.rejectedParents !== undefined) {
      issues.push({
        column: columnOf.get(ref.field) ?? null,
        field: ref.field,
        value: v,
        expected: "an ID whose parent row was accepted",
        message: ref.rejectedParents.message(v, parent),
        hint: ref.rejectedParents.hint,
      });
      return;
    }
    if (ref.onMissing === "warn") {
      const k = `${ref.field}\0${v}`;
      const entry = dangling.get(k) ?? { ref, value: v, rows: [] };
      entry.rows.push(row);
      dangling.set(k, entry);
    } else {
      issues.push({
        column: columnOf.get(ref.field) ?? null,
        field: ref.field,
        value: v,
        expected: "an ID that exists in the parent table",
        message: ref.message(v),
        hint: ref.hint,
      });
    }
  };

  for (const rec of table.records) {
    if (options.duplicateRows === "exclude") {
      const sig = rec.cells.join("\u0000\u0001");
      const first = copies.get(sig);
      if (first !== undefined) {
        first.times++;
        rejected.push({
          file,
          row: rec.row,
          line: rec.line ?? table.lineOf?.(rec.row) ?? rec.row,
          issues: [
            {
              column: null,
              field: null,
              value: null,
              expected: "a row that differs from every earlier row",
              message: message.duplicateRow(first.row),
              hint: message.duplicateRowsHint,
            },
          ],
          excludedBy: "duplicate-row",
        });
        continue;
      }
      copies.set(sig, { row: rec.row, times: 1 });
    }
    const issues: CellIssue[] = [];
    for (const f of idCells) {
      const v = rec.cells[f.index];
      if (v !== undefined && INVISIBLE.test(v))
        issues.push({
          column: f.meta.column,
          field: f.field,
          value: v,
          expected: message.expectedPlainId,
          message: message.invisibleInId(showValue(v)),
          hint: message.invisibleInIdHint,
        });
    }
    for (const f of coded) {
      const v = blankToNull(rec.cells[f.index], f.meta.missing);
      if (v === null || f.list.values.has(v)) continue;
      if (f.warn) f.off.set(v, (f.off.get(v) ?? 0) + 1);
      else
        issues.push({
          column: f.meta.column,
          field: f.field,
          value: v,
          expected: message.expectedCode(f.list.values),
          message: message.notInCodelist(showValue(v), f.list.source),
          hint: message.codelistHint,
        });
    }
    for (const f of textCells) {
      const v = rec.cells[f.index];
      if (v !== undefined && INVISIBLE_IN_TEXT.test(v)) {
        const seen = invisible.get(f.meta.column);
        if (seen === undefined) invisible.set(f.meta.column, { count: 1, row: rec.row, value: v });
        else seen.count++;
      }
    }
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
    const record: z.infer<S> | undefined = fast
      ? parseFast<S>(rec.cells, fast, columnOf, issues)
      : parseWithZod(schema, inputOf(rec.cells), columnOf, issues);
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
    if (record !== undefined) {
      for (const ref of references) {
        const value: unknown = record[ref.field];
        if (Array.isArray(value)) for (const v of value) checkReference(ref, String(v), rec.row, issues);
        else if (value !== null && value !== undefined) checkReference(ref, String(value), rec.row, issues);
      }
    }
    if (issues.length > 0 || record === undefined) {
      const row: RejectedRow = { file, row: rec.row, line: rec.line ?? table.lineOf?.(rec.row) ?? rec.row, issues };
      rejected.push(row);
      const key = keyIndex < 0 ? "" : (rec.cells[keyIndex] ?? "").trim();
      if (key !== "") options.onRejectedKey?.(key, row);
    } else records.push(record);
  }

  for (const { ref, value, rows } of dangling.values()) {
    warnings.push({
      file,
      row: rows[0] ?? null,
      column: columnOf.get(ref.field) ?? null,
      message: message.danglingKept(ref.message(value), rows),
      hint: ref.hint,
    });
  }
  for (const [column, { count, row, value }] of invisible)
    warnings.push({
      file,
      row,
      column,
      message: message.invisibleInText(count, row, showValue(excerpt(value))),
      hint: message.invisibleInTextHint,
    });
  for (const f of coded.filter((c) => c.off.size > 0)) {
    const counts = [...f.off].sort((a, b) => b[1] - a[1]).map(([v, c]) => [showValue(v), c] as const);
    warnings.push({
      file,
      row: null,
      column: f.meta.column,
      message: message.offCodelist(counts, f.list.source),
      hint: message.offCodelistHint,
    });
  }
  const copied = [...copies.values()].filter((c) => c.times > 1);
  if (copied.length > 0) {
    const top = copied.reduce((a, b) => (b.times > a.times ? b : a));
    const n = copied.reduce((sum, c) => sum + c.times - 1, 0);
    warnings.push({
      file,
      row: top.row,
      column: null,
      message: message.duplicateRows(n, copied.length, top),
      hint: message.duplicateRowsHint,
    });
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

/**
 * Header titles with repeats numbered by position (`(Notes)`, `(Notes) [2]`, ...), so a file
 * whose export repeats a title (INDIGO's pipeline repeats `(Source ID's)` and `(Notes)` per
 * section) still maps every column to one field.
 */
export function numberRepeats(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return header.map((h) => {
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h} [${n}]`;
  });
}

function parseFast<S extends TableSchema>(
  cells: readonly string[],
  parsers: readonly { field: string; index: number; parse: CellParser<unknown> }[],
  columnOf: ReadonlyMap<string, string>,
  issues: CellIssue[],
): z.infer<S> | undefined {
  const out: Record<string, unknown> = {};
  let failed = false;
  for (const { field, index, parse } of parsers) {
    const r = parse(index < 0 ? undefined : cells[index]);
    if (r.ok) out[field] = r.value;
    else {
      failed = true;
      issues.push({
        column: columnOf.get(field) ?? null,
        field,
        value: r.value,
        expected: r.expected,
        message: `Not ${r.expected}.`,
        hint: r.hint,
      });
    }
  }
  return failed ? undefined : (out as unknown as z.infer<S>);
}

function parseWithZod<S extends TableSchema>(
  schema: S,
  input: Record<string, string | undefined>,
  columnOf: ReadonlyMap<string, string>,
  issues: CellIssue[],
): z.infer<S> | undefined {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
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
  return undefined;
}
