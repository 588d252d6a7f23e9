import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import { z } from "zod";
import { cellMeta } from "./cells.js";
import type { DatasetDefinition, DatasetLoad } from "./dataset-definition.js";
import type { DatasetManifest } from "./dataset-manifest.js";
import type { RejectedRow } from "./load-result.js";
import { type CsvValue, toCsv } from "./to-csv.js";

export const ExportFormat = z.enum(["csv", "json", "parquet"]);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Frictionless Table Schema field types for the kit's cell types. */
const FRICTIONLESS_TYPE: Record<string, string> = {
  text: "string",
  number: "number",
  integer: "integer",
  "partial date": "string",
  "country code": "string",
  "list of text": "string",
  "yes/no": "boolean",
  code: "string",
};

/**
 * How every exported CSV is written (Frictionless CSV Dialect), declared so that readers such as
 * frictionless-js need not guess (they misread the survey codebook's quoted line breaks otherwise).
 */
const CSV_DIALECT = { delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true, skipInitialSpace: false, header: true };

/** What `toCsv` does to text a spreadsheet would run, said where a reader of the package looks. */
const FORMULA_NOTE =
  "Text cells that begin with =, +, -, @ (or a full-width or other Unicode form of them, such as ＝ or −), a tab or a carriage return are written with a leading apostrophe (') so that a spreadsheet shows them as text instead of running them as a formula; remove that one apostrophe to recover the value as published.";

export interface ExportResult {
  files: string[];
  /** Fields left out because they hold personal, contact or free-text data. */
  omitted: string[];
}

/**
 * Writes a loaded dataset's accepted records, one file per table, plus a Frictionless Data
 * Package `datapackage.json` (resources, field types and descriptions, licence and source).
 * Rejected rows, when given, go to `rejected.csv` (file, row, column, value, reason), listed as
 * a resource too. Sensitive fields are left out unless `includeSensitive` is set; CSV cells a spreadsheet would
 * run as formulas are neutralised; lists are written as comma-separated text (kept as arrays in
 * JSON).
 *
 * @example
 * exportDataset(indigoPipelineDataset, load, manifest, { format: "csv", out: "export/" })
 */
export function exportDataset(
  definition: DatasetDefinition,
  load: DatasetLoad,
  manifest: DatasetManifest | undefined,
  options: { format: ExportFormat; out: string; includeSensitive?: boolean; rejected?: readonly RejectedRow[] },
): ExportResult {
  mkdirSync(options.out, { recursive: true });
  const files: string[] = [];
  const omitted: string[] = [];
  const resources: (Record<string, unknown> & { path: string; rows: number })[] = definition.tables.map((table) => {
    const fields = Object.entries(table.schema.shape).flatMap(([name, schema]) => {
      const meta = cellMeta(schema);
      if (meta?.sensitive && options.includeSensitive !== true) {
        omitted.push(`${table.name}.${name}`);
        return [];
      }
      return [
        {
          name,
          title: meta?.column ?? name,
          type: FRICTIONLESS_TYPE[meta?.type ?? ""] ?? (meta?.type.startsWith("money") ? "number" : "string"),
          description:
            options.format === "csv" && textType(meta?.type)
              ? `${meta?.description ?? ""}${meta?.description ? " " : ""}A leading apostrophe guards a formula-like value (see the resource's description).`
              : (meta?.description ?? ""),
        },
      ];
    });
    const names = fields.map((f) => f.name);
    const records = (load[table.name]?.records ?? []) as Record<string, unknown>[];
    const path = `${table.name}.${options.format}`;
    const flat = (r: Record<string, unknown>) => Object.fromEntries(names.map((n) => [n, flatten(r[n])]));
    if (options.format === "csv") writeFileSync(join(options.out, path), toCsv(records.map(flat), names));
    else if (options.format === "json")
      writeFileSync(
        join(options.out, path),
        `${JSON.stringify(
          records.map((r) => Object.fromEntries(names.map((n) => [n, r[n] ?? null]))),
          null,
          1,
        )}\n`,
      );
    else {
      const columnData = fields.map((f) => ({
        name: f.name,
        data: records.map((r) => flatten(r[f.name]) ?? null),
        type:
          f.type === "number"
            ? ("DOUBLE" as const)
            : f.type === "integer"
              ? ("INT64" as const)
              : f.type === "boolean"
                ? ("BOOLEAN" as const)
                : ("STRING" as const),
      }));
      const data = columnData.map((c) =>
        c.type === "INT64" ? { ...c, data: c.data.map((v) => (v === null ? null : BigInt(v as number))) } : c,
      );
      writeFileSync(join(options.out, path), Buffer.from(parquetWriteBuffer({ columnData: data })));
    }
    files.push(path);
    return {
      name: table.name.replace(/[^a-z0-9._-]/g, "-"),
      path,
      format: options.format,
      ...(options.format === "csv" ? { mediatype: "text/csv", encoding: "utf-8", dialect: CSV_DIALECT, description: FORMULA_NOTE } : {}),
      schema: { fields },
      rows: records.length,
    };
  });
  const rejected = options.rejected ?? [];
  if (rejected.length > 0) {
    writeFileSync(join(options.out, "rejected.csv"), rejectedCsv(rejected));
    files.push("rejected.csv");
    resources.push({
      name: "rejected",
      path: "rejected.csv",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: CSV_DIALECT,
      description: `Every source row the kit rejected or a documented rule excluded, one line per problem; none of them is in the other files. ${FORMULA_NOTE}`,
      schema: { fields: REJECTED_FIELDS },
      rows: rejected.length,
    });
  }
  const datapackage = {
    name: definition.id,
    title: definition.title,
    ...(manifest
      ? {
          description: `${manifest.title}, ${manifest.snapshot}. Exported by the INDIGO Hack-and-Learn kit: accepted rows only; see hnl data validate for rejected rows.`,
          licenses: [{ name: "other", title: manifest.licence }],
          sources: [{ title: manifest.publisher, path: manifest.source }],
        }
      : {}),
    ...(omitted.length > 0 ? { omittedFields: omitted } : {}),
    resources,
  };
  writeFileSync(join(options.out, "datapackage.json"), `${JSON.stringify(datapackage, null, 2)}\n`);
  files.push("datapackage.json");
  writeFileSync(join(options.out, "README.md"), readme(datapackage.title, manifest, resources, options.format));
  files.push("README.md");
  return { files, omitted };
}

const REJECTED_FIELDS = [
  { name: "file", title: "file", type: "string", description: "The source file, relative to the data directory." },
  { name: "row", title: "row", type: "integer", description: "1-based row as a spreadsheet shows it (the header is row 1)." },
  { name: "column", title: "column", type: "string", description: "The column of the source file, empty for a whole-row problem." },
  { name: "value", title: "value", type: "string", description: "The value received, as text; empty when the cell was absent." },
  { name: "reason", title: "reason", type: "string", description: "What is wrong, or the rule that excluded the row." },
];

/** The rejected rows as CSV, one line per problem (a row may have several). */
function rejectedCsv(rows: readonly RejectedRow[]): string {
  return toCsv(
    rows.flatMap((r) =>
      r.issues.map((i) => ({
        file: r.file,
        row: r.row,
        column: i.column,
        value: i.value,
        reason: r.excludedBy === undefined ? i.message : `Excluded by the rule "${r.excludedBy}": ${i.message}`,
      })),
    ),
    REJECTED_FIELDS.map((f) => f.name),
  );
}

function textType(type: string | undefined): boolean {
  const t = FRICTIONLESS_TYPE[type ?? ""] ?? (type?.startsWith("money") ? "number" : "string");
  return t === "string";
}

/** The package's README: what it holds, where it comes from and how its CSV files are written. */
function readme(
  title: string,
  manifest: DatasetManifest | undefined,
  resources: readonly { path: string; rows: number }[],
  format: ExportFormat,
): string {
  return [
    `# ${title}`,
    "",
    manifest
      ? `${manifest.title}, ${manifest.snapshot}. Source: ${manifest.publisher} (${manifest.source}). Licence: ${manifest.licence}`
      : "",
    "",
    "Exported by the INDIGO Hack-and-Learn kit (hnl data export): accepted rows only; any rows the kit rejected (or a documented rule excluded) are listed in rejected.csv, one line per problem. Fields, types and descriptions are in datapackage.json (a Frictionless Data Package).",
    "",
    "## Files",
    "",
    ...resources.map((r) => `- ${r.path}: ${r.rows} rows`),
    "",
    ...(format === "csv"
      ? [
          "## How the CSV files are written",
          "",
          'UTF-8, comma-separated, CRLF line ends, a header row, fields quoted with " when needed (a quote inside is doubled); lists are comma-separated text.',
          "",
          FORMULA_NOTE,
          "",
        ]
      : []),
  ].join("\n");
}

function flatten(v: unknown): CsvValue {
  if (Array.isArray(v)) return v.join(", ");
  if (v === null || v === undefined) return null;
  return typeof v === "number" || typeof v === "boolean" ? v : String(v);
}
