import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, utimesSync } from "node:fs";
import { copyFile, link, open, rename } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join, relative } from "node:path";
import { type LoaderError, loaderError } from "./loader-error.js";
import { type LoaderKey, loaderKeys } from "./loader-keys.js";

export interface RunLoadersOptions {
  /** The repository root. */
  root: string;
  /** Framework's staged source root; outputs go to its `.observablehq/cache/`. */
  srcRoot: string;
  /** The folder Framework runs in (reports/): loaders run from it, as Framework runs them. */
  cwd: string;
  /** The data directory (hashed by content into every key). */
  dataDir: string;
  /** The store of outputs by content key, shared by builds, previews and clones. */
  store: string;
  /** The TypeScript runner (tsx). */
  tsx: string;
  /** Environment values that enter every key (e.g. HNL_EDITION). */
  env?: Readonly<Record<string, string>>;
  /**
   * Only take outputs from the store and clear the others, leaving their loaders to Framework
   * (a preview runs a loader when its page asks for it).
   */
  reuseOnly?: boolean;
  /** Loaders run at once (default: the machine's cores). */
  concurrency?: number;
  /** Called after the keys are known, and after each loader that had to run. */
  onProgress?: (done: number, total: number, loader: string | null) => void;
}

export interface RunLoadersResult {
  keys: readonly LoaderKey[];
  /** Loaders whose output came from the store. */
  reused: readonly string[];
  /** Loaders that ran, with their time in ms. */
  ran: readonly { loader: string; ms: number }[];
  failed: readonly LoaderError[];
}

/**
 * Fills Framework's loader cache before Framework builds, so Framework itself runs no loader:
 * each loader's output is taken from the store when its content key is there (nothing it
 * depends on changed, in this clone or another), and otherwise the loader runs (several at once)
 * and its output is stored under its key. An edit to one notebook's loader, or to a module it
 * imports, re-runs that loader only. A loader that fails is reported with the place and message
 * of its error; its output is not written, so the build cannot publish a stale one.
 */
export async function runLoaders(o: RunLoadersOptions): Promise<RunLoadersResult> {
  const keys = await loaderKeys({ root: o.root, srcRoot: o.srcRoot, dataDir: o.dataDir, env: o.env ?? {} });
  const cache = join(o.srcRoot, ".observablehq", "cache");
  mkdirSync(o.store, { recursive: true });
  const reused: string[] = [];
  const todo: LoaderKey[] = [];
  for (const k of keys) {
    const stored = storePath(o.store, k.key);
    const out = join(cache, k.target);
    if (existsSync(stored)) {
      mkdirSync(dirname(out), { recursive: true });
      await copyFile(stored, out);
      // Newer than the loader, so Framework (build or preview) takes it as fresh.
      const now = new Date();
      utimesSync(stored, now, now);
      utimesSync(out, now, now);
      reused.push(k.loader);
    } else {
      rmSync(out, { force: true });
      todo.push(k);
    }
  }
  if (o.reuseOnly === true) return { keys, reused, ran: [], failed: [] };
  const ran: { loader: string; ms: number }[] = [];
  const failed: LoaderError[] = [];
  let done = 0;
  const total = todo.length;
  o.onProgress?.(0, total, null);
  const next = async (): Promise<void> => {
    const k = todo.shift();
    if (k === undefined) return;
    const start = Date.now();
    const result = await runOne(o, k, join(cache, k.target));
    if (result === null) {
      ran.push({ loader: k.source, ms: Date.now() - start });
      if (k.resolved) {
        // Written beside its place and linked in: a build reading the store at the same time
        // (another clone's, a test's) never sees half an output. The first build to store a key
        // keeps it, and a build that ran the same loader meanwhile publishes the stored bytes,
        // so two builds agree even on an output whose bytes vary from run to run.
        const stored = storePath(o.store, k.key);
        mkdirSync(dirname(stored), { recursive: true });
        const partial = `${stored}.${process.pid}.partial`;
        await copyFile(join(cache, k.target), partial);
        try {
          await link(partial, stored);
        } catch (e) {
          // A file system without hard links: the last build to finish is stored, as a rename does.
          if ((e as NodeJS.ErrnoException).code !== "EEXIST") await rename(partial, stored);
          else await copyFile(stored, join(cache, k.target));
        } finally {
          rmSync(partial, { force: true });
        }
      }
    } else failed.push(result);
    done += 1;
    o.onProgress?.(done, total, k.source);
    return next();
  };
  const concurrency = Math.max(1, o.concurrency ?? availableParallelism());
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, () => next()));
  return { keys, reused, ran, failed };
}

/** Runs one loader as Framework would (tsx, from `cwd`, output to a file); null when it succeeded. */
async function runOne(o: RunLoadersOptions, k: LoaderKey, out: string): Promise<LoaderError | null> {
  mkdirSync(dirname(out), { recursive: true });
  const temp = `${out}.${process.pid}.partial`;
  const fd = await open(temp, "w");
  let stderr = "";
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(o.tsx, [relative(o.cwd, join(o.srcRoot, k.loader))], {
      cwd: o.cwd,
      stdio: ["ignore", fd.fd, "pipe"],
      env: process.env,
    });
    child.stderr?.on("data", (d: Buffer) => {
      stderr += d.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", resolve);
  }).finally(() => fd.close());
  if (code === 0) {
    await rename(temp, out);
    // A loader's own warnings (rows it left out, and why) are still shown.
    if (stderr.trim() !== "") process.stderr.write(stderr.endsWith("\n") ? stderr : `${stderr}\n`);
    return null;
  }
  rmSync(temp, { force: true });
  return loaderError(stderr, k.source, o.root);
}

function storePath(store: string, key: string): string {
  return join(store, key.slice(0, 2), key);
}

/**
 * Removes stored outputs not used for `days` days (each use refreshes an entry's time), so the
 * store does not grow without bound. Returns how many were removed.
 */
export function pruneLoaderStore(store: string, days = 30): number {
  if (!existsSync(store)) return 0;
  const cutoff = Date.now() - days * 86_400_000;
  let removed = 0;
  for (const dir of readdirSync(store)) {
    const path = join(store, dir);
    if (!statSync(path).isDirectory()) continue;
    for (const entry of readdirSync(path)) {
      const file = join(path, entry);
      // Another build may remove or rename an entry meanwhile; that is no error.
      const time = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
      if (time !== undefined && time < cutoff) {
        rmSync(file, { force: true });
        removed += 1;
      }
    }
  }
  return removed;
}
