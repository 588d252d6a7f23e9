import { z } from "zod";
import { cellMeta } from "./cells.js";
import type { DatasetDefinition, DatasetLoad } from "./dataset-definition.js";

/** One field of one table, as the data dictionary lists it. */
export const DictionaryEntry = z.object({
  table: z.string(),
  field: z.string().describe("The kit's field name."),
  column: z.string().describe("The column title in the source file."),
  type: z.string(),
  required: z.boolean(),
  sensitive: z.boolean().describe("Personal, contact or free-text data: never published."),
  description: z.string(),
  nullRate: z
    .number()
    .min(0)
    .max(1)
    .nullable()
    .describe("Share of accepted records where the field is empty; null when not measured or no records."),
});
export type DictionaryEntry = z.infer<typeof DictionaryEntry>;

/**
 * The data dictionary of a dataset, generated from its schemas' metadata; given a load, each
 * field's null rate is measured on the accepted records (an empty list counts as empty).
 *
 * @example
 * dataDictionary(indigoPipelineDataset, await indigoPipelineDataset.load(dir))
 */
export function dataDictionary(definition: DatasetDefinition, load?: DatasetLoad): DictionaryEntry[] {
  return definition.tables.flatMap((table) => {
    const records = (load?.[table.name]?.records ?? []) as Record<string, unknown>[];
    return Object.entries(table.schema.shape).map(([field, schema]) => {
      const meta = cellMeta(schema);
      const empty = records.filter(
        (r) => r[field] === null || r[field] === undefined || (Array.isArray(r[field]) && r[field].length === 0),
      ).length;
      return {
        table: table.name,
        field,
        column: meta?.column ?? field,
        type: meta?.type ?? "unknown",
        required: meta?.required ?? false,
        sensitive: meta?.sensitive ?? false,
        description: meta?.description ?? "",
        nullRate: load === undefined || records.length === 0 ? null : empty / records.length,
      };
    });
  });
}
