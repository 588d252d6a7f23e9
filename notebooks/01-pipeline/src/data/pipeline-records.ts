// The pipeline records, loaded once per process so every figure of the page rests on the same load.
import { type DatasetLoad, indigoPipelineDataset, type LoadResult, type PipelineProject, pipelineSource, resolveDataDir } from "@hnl/data";

export interface PipelineLoad {
  /** The whole dataset load, as `dataDictionary` takes it. */
  load: DatasetLoad;
  /** The accepted records, typed by the kit's `PipelineProject` schema that validated them. */
  result: LoadResult<PipelineProject>;
  records: PipelineProject[];
  dataset: string;
  snapshot: string;
}

let cached: Promise<PipelineLoad> | undefined;

/**
 * The INDIGO Pipeline Dataset, strictly validated (a bad row stops the build rather than
 * vanishing from a count), from the data directory `resolveDataDir` picks.
 *
 * @example
 * const { records } = await loadPipeline(); // 132 records
 */
export function loadPipeline(): Promise<PipelineLoad> {
  cached ??= (async () => {
    const load = await indigoPipelineDataset.load(resolveDataDir(), { mode: "strict" });
    const table = load.pipelines;
    if (table === undefined) throw new Error("The INDIGO Pipeline Dataset loaded without its pipelines table.");
    // The dataset's only table, validated against PipelineProject: the cast names the type zod already checked.
    const result = table as LoadResult<PipelineProject>;
    return { load, result, records: result.records, dataset: pipelineSource.title, snapshot: pipelineSource.snapshot };
  })();
  return cached;
}
