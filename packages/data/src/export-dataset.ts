import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parquetWriteBuffer } from "hyparquet-writer";
import { z } from "zod";
import { cellMeta } from "./cells.js";
import type { DatasetDefinition, DatasetLoad } from "./dataset-definition.js";
import type { DatasetManifest } from "./dataset-manifest.js";
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

export interface ExportResult {
  files: string[];
  /** Fields left out because they hold personal, contact or free-text data. */
  omitted: string[];
}

/**
 * Writes a loaded dataset's accepted records, one file per table, plus a Frictionless Data
 * Package `datapackage.json` (resources, field types and descriptions, licence and source).
 * Sensitive fields are left out unless `includeSensitive` is set; CSV cells a spreadsheet would
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
  options: { format: ExportFormat; out: string; includeSensitive?: boolean },
): ExportResult {
  mkdirSync(options.out, { recursive: true });
  const files: string[] = [];
  const omitted: string[] = [];
  const resources = definition.tables.map((table) => {
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
          description: meta?.description ?? "",
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
      ...(options.format === "csv" ? { mediatype: "text/csv", encoding: "utf-8" } : {}),
      schema: { fields },
      rows: records.length,
    };
  });
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
  return { files, omitted };
}

function flatten(v: unknown): CsvValue {
  if (Array.isArray(v)) return v.join(", ");
  if (v === null || v === undefined) return null;
  return typeof v === "number" || typeof v === "boolean" ? v : String(v);
}
