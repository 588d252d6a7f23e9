import { torontoAgencySurvey } from "./covid-npo/dataset.js";
import { csrIndia } from "./csr-india/dataset.js";
import type { DatasetDefinition } from "./dataset-definition.js";
import { indigoImpactBondDataset } from "./indigo/dataset.js";
import { indigoPipelineDataset } from "./indigo/pipeline-dataset.js";
import { fxFred } from "./reference/dataset.js";
import { sdgReference } from "./sdg/dataset.js";

/** Every dataset the kit can load, validate, describe and export, by manifest id. */
export const DATASETS: readonly DatasetDefinition[] = [
  indigoImpactBondDataset,
  indigoPipelineDataset,
  sdgReference,
  csrIndia,
  torontoAgencySurvey,
  fxFred,
];

/** The dataset with this id, or undefined. */
export function findDataset(id: string): DatasetDefinition | undefined {
  return DATASETS.find((d) => d.id === id);
}
