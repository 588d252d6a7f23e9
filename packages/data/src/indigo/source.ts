/** The INDIGO Impact Bond Dataset as the kit knows it; see datasets/indigo-impact-bond-dataset.json. */
export const impactBondSource = {
  id: "indigo-impact-bond-dataset",
  title: "INDIGO Impact Bond Dataset",
  snapshot: "all-data-by-type export, downloaded between 2025-05-20 and 2025-12-24",
  schemaVersion: "hnl-indigo-1 (INDIGO data standard 4.1.0)",
  dir: "indigo/impact-bond-dataset",
} as const;
