import { type DataDir, dataFile } from "../data-dir.js";
import type { TableDefinition } from "../dataset-definition.js";
import type { LoadResult, RejectedRow } from "../load-result.js";
import { type LoadMode, loadTable, type Reference, type TableSchema } from "../load-table.js";
import { readCsv } from "../read-csv.js";
import type { Codelists } from "./data-standard-codelists.js";
import { impactBondSource as source } from "./source.js";

/**
 * Loads one table of the INDIGO Impact Bond Dataset by its definition, with its key and foreign
 * keys checked.
 *
 * @example
 * const metrics = await loadIndigoTable(indigoTables.outcome_metrics, dir, { references: [...] });
 */
export async function loadIndigoTable<S extends TableSchema>(
  table: TableDefinition<S>,
  dataDir: DataDir,
  options: {
    mode?: LoadMode;
    key?: string;
    references?: readonly Reference<S>[];
    onRejectedKey?: (key: string, row: RejectedRow) => void;
    duplicateRows?: "exclude";
    codelists?: Codelists | "missing";
  } = {},
): Promise<LoadResult<import("zod").infer<S>>> {
  const csv = await readCsv(dataFile(dataDir, table.file, source), table.file);
  return loadTable({
    table: csv,
    file: table.file,
    schema: table.schema,
    mode: options.mode ?? "lenient",
    ...(options.key === undefined ? {} : { key: options.key as keyof import("zod").infer<S> & string }),
    ...(options.references === undefined ? {} : { references: options.references }),
    ...(options.onRejectedKey === undefined ? {} : { onRejectedKey: options.onRejectedKey }),
    ...(options.duplicateRows === undefined ? {} : { duplicateRows: options.duplicateRows }),
    ...(options.codelists === undefined ? {} : { codelists: options.codelists }),
    provenance: { dataset: source.id, snapshot: source.snapshot, schemaVersion: source.schemaVersion },
  });
}
