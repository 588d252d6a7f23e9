import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { MissingDataError } from "./data-error.js";
import { HINT_DATA_DIR, message } from "./messages.js";

/** Where the data directory came from, for messages. */
export type DataDirSource = "flag" | "env" | "default";

export interface DataDir {
  /** Absolute path of the data directory, laid out like ../shared/datasets. */
  path: string;
  source: DataDirSource;
  /** The path as the person wrote it (flag or variable), before it was resolved; for messages. */
  given?: string;
}

/** The repository root: the nearest folder above `from` holding pnpm-workspace.yaml, else `from`. */
export function findRepoRoot(from: string = process.cwd()): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const up = dirname(dir);
    if (up === dir) return resolve(from);
    dir = up;
  }
}

/**
 * Resolves the data directory: the `--data-dir` flag, else `HNL_DATA_DIR`, else
 * `datasets/cache` in the repository. Relative paths are read from the repository root, so the
 * answer does not depend on which package a task runs in.
 *
 * @example
 * resolveDataDir({ flag: "../shared/datasets" }) // { path: "/work/shared/datasets", source: "flag", given: "../shared/datasets" }
 */
export function resolveDataDir(options: { flag?: string | undefined; env?: NodeJS.ProcessEnv; cwd?: string } = {}): DataDir {
  const env = options.env ?? process.env;
  const root = findRepoRoot(options.cwd);
  const pick = (p: string, source: DataDirSource): DataDir => ({ path: isAbsolute(p) ? p : resolve(root, p), source, given: p });
  if (options.flag !== undefined && options.flag !== "") return pick(options.flag, "flag");
  const fromEnv = env.HNL_DATA_DIR;
  if (fromEnv !== undefined && fromEnv !== "") return pick(fromEnv, "env");
  return pick(join("datasets", "cache"), "default");
}

/**
 * The absolute path of one file of a dataset, or a `DataError` that says which file was looked
 * for, where, and how to provide it.
 */
export function dataFile(dataDir: DataDir, relativePath: string, dataset: { id: string; title: string; hint?: string }): string {
  const path = join(dataDir.path, relativePath);
  if (existsSync(path)) return path;
  const source = message.dataDirSource(dataDir.source);
  const summary = existsSync(dataDir.path)
    ? message.missingFile(relativePath, dataDir.path, source, dataset.title)
    : `${message.missingDataDir(dataDirLabel(dataDir))} ${message.missingFile(relativePath, dataDir.path, source, dataset.title)}`;
  return fail(summary, relativePath, dataset.hint ?? message.missingFileHint(`datasets/${dataset.id}.json`));
}

/**
 * The data directory as a message names it: the path as given, where it came from and, when the
 * two differ, the absolute path it resolved to.
 *
 * @example
 * dataDirLabel({ path: "/work/shared/dataset", source: "flag", given: "../shared/dataset" })
 * // "../shared/dataset (set by --data-dir, resolved to /work/shared/dataset)"
 */
export function dataDirLabel(dataDir: DataDir): string {
  const given = dataDir.given ?? dataDir.path;
  return message.dataDirLabel(given, dataDir.path, message.dataDirSource(dataDir.source));
}

function fail(summary: string, file: string, hint: string): never {
  throw new MissingDataError(summary, { file, hint: hint || HINT_DATA_DIR });
}
