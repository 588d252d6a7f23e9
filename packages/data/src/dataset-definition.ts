import type { z } from "zod";
import type { DataDir } from "./data-dir.js";
import type { LoadResult } from "./load-result.js";
import type { LoadMode, TableSchema } from "./load-table.js";

/** One table of a dataset: its file, its schema (the data dictionary) and its loader. */
export interface TableDefinition<S extends TableSchema = TableSchema> {
  /** Short name, unique in the dataset, e.g. `projects`, `outcome_metrics`. */
  name: string;
  /** Path relative to the data directory. */
  file: string;
  schema: S;
}

/** The result of loading a whole dataset: one `LoadResult` per table, in the definition's order. */
export type DatasetLoad = Record<string, LoadResult<unknown>>;

/**
 * A dataset the kit can validate, describe and export: its tables and one function that loads
 * them all, with the cross-table checks (foreign keys) the dataset needs.
 */
export interface DatasetDefinition {
  /** The manifest id (`datasets/<id>.json`). */
  id: string;
  title: string;
  tables: readonly TableDefinition[];
  load: (dataDir: DataDir, options?: { mode?: LoadMode }) => Promise<DatasetLoad>;
}

/** The record type of a table definition. */
export type RecordOf<T extends TableDefinition> = z.infer<T["schema"]>;
