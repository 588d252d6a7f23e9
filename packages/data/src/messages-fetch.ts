import type { DatasetManifest } from "./dataset-manifest.js";

/**
 * Sentences of `hnl data fetch`. Kept beside messages.ts while other work edits that module;
 * to be merged into it.
 */
export const message = {
  expectedAtLeast: (min: number): string => `a number of at least ${min}`,
  negativeHint: "An amount or a count cannot be below zero here; check the sign, or whether the value belongs in another column.",
  noSource: (from: string): string => `${from} does not exist.`,
  noFetchUrl: (title: string): string => `The ${title} has no download address the kit can use.`,
  notInSource: (path: string, source: string): string => `${path} is not in ${source}.`,
  badZip: (reason: string): string => `The zip could not be read: ${reason}.`,
  unreachable: (url: string, reason: string): string =>
    `Could not reach ${url} (${reason}); the network may be offline or the address moved.`,
  httpError: (url: string, status: number): string => `${url} answered HTTP ${status}.`,
  fetchHint: (m: DatasetManifest): string =>
    `Download the files by hand (${m.download}) and run pnpm hnl data fetch ${m.id} --from <the zip or folder>, or point HNL_DATA_DIR at a folder laid out like ../shared/datasets.`,
} as const;
