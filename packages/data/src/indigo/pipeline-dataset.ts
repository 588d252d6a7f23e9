import { type DataDir, dataFile } from "../data-dir.js";
import type { DatasetDefinition, DatasetLoad, TableDefinition } from "../dataset-definition.js";
import { type LoadMode, loadTable } from "../load-table.js";
import { readCsv } from "../read-csv.js";
import { loadIndigoCodelists } from "./data-standard-codelists.js";
import { PipelineProject } from "./pipeline-project.js";

/** The INDIGO Pipeline Dataset as the kit knows it; see datasets/indigo-pipeline-dataset.json. */
export const pipelineSource = {
  id: "indigo-pipeline-dataset",
  title: "INDIGO Pipeline Dataset",
  snapshot: "pipelines.csv as mirrored on 2025-12-24 (data collected in 2022)",
  schemaVersion: "hnl-indigo-pipeline-1 (INDIGO data standard 4.1.0)",
} as const;

export const pipelineTable: TableDefinition<typeof PipelineProject> = {
  name: "pipelines",
  file: "indigo/pipeline/pipelines.csv",
  schema: PipelineProject,
};

/**
 * The INDIGO Pipeline Dataset: 132 outcomes-based projects still being designed, with their
 * instrument flags, sectors, income groups and countries.
 *
 * @example
 * const { pipelines } = await indigoPipelineDataset.load(resolveDataDir());
 */
export const indigoPipelineDataset: DatasetDefinition = {
  id: pipelineSource.id,
  title: pipelineSource.title,
  tables: [pipelineTable],
  async load(dataDir: DataDir, options: { mode?: LoadMode } = {}): Promise<DatasetLoad> {
    const table = await readCsv(dataFile(dataDir, pipelineTable.file, pipelineSource), pipelineTable.file);
    const pipelines = loadTable({
      table,
      file: pipelineTable.file,
      schema: PipelineProject,
      key: "id",
      codelists: loadIndigoCodelists(dataDir) ?? "missing",
      mode: options.mode ?? "lenient",
      provenance: { dataset: pipelineSource.id, snapshot: pipelineSource.snapshot, schemaVersion: pipelineSource.schemaVersion },
    });
    return { pipelines };
  },
};
