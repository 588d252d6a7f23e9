import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { unzipSync } from "fflate";
import { DataError } from "./data-error.js";
import type { DatasetManifest } from "./dataset-manifest.js";
import { message } from "./messages.js";

export interface FetchedFile {
  path: string;
  bytes: number;
  sha256: string;
  /** The checksum the manifest had recorded, when it differs: the data changed. */
  previousSha256?: string;
}

export interface FetchOptions {
  /** A local zip file or folder to take the files from, instead of the network. */
  from?: string;
  /** The data directory to fill (normally datasets/cache). */
  cacheDir: string;
  /** Called as work progresses: bytes or files done of a total. */
  onProgress?: (done: number, total: number, what: string) => void;
}

/**
 * Fills the data directory with a dataset's files: from a local folder (laid out like
 * ../shared/datasets, or like the dataset's own folder), from a local zip, or by downloading
 * the manifest's `fetch` address. Returns each file's size and sha256; a file whose checksum
 * differs from the one recorded in the manifest says so.
 */
export async function fetchDataset(manifest: DatasetManifest, options: FetchOptions): Promise<FetchedFile[]> {
  let source: (path: string) => Uint8Array | undefined;
  if (options.from !== undefined) {
    if (!existsSync(options.from))
      throw new DataError(message.noSource(options.from), { file: options.from, hint: message.fetchHint(manifest) });
    source = statSync(options.from).isDirectory() ? fromFolder(options.from, manifest) : fromZip(readFileSync(options.from), manifest);
  } else {
    if (manifest.fetch === undefined)
      throw new DataError(message.noFetchUrl(manifest.title), { file: `datasets/${manifest.id}.json`, hint: message.fetchHint(manifest) });
    const bytes = await download(manifest.fetch.url, manifest, options.onProgress);
    source = manifest.fetch.format === "zip" ? fromZip(bytes, manifest) : () => bytes;
  }
  const out: FetchedFile[] = [];
  for (const [i, file] of manifest.files.entries()) {
    options.onProgress?.(i, manifest.files.length, file.path);
    const bytes = source(file.path);
    if (bytes === undefined)
      throw new DataError(message.notInSource(file.path, options.from ?? manifest.fetch?.url ?? ""), {
        file: file.path,
        hint: message.fetchHint(manifest),
      });
    const target = join(options.cacheDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    out.push({
      path: file.path,
      bytes: bytes.length,
      sha256,
      ...(file.sha256 !== undefined && file.sha256 !== sha256 ? { previousSha256: file.sha256 } : {}),
    });
  }
  options.onProgress?.(manifest.files.length, manifest.files.length, "done");
  return out;
}

function fromFolder(folder: string, manifest: DatasetManifest): (path: string) => Uint8Array | undefined {
  return (path) => {
    for (const candidate of [join(folder, path), join(folder, relative(manifest.dir, path))]) {
      if (existsSync(candidate)) return readFileSync(candidate);
    }
    return undefined;
  };
}

function fromZip(zip: Uint8Array, manifest: DatasetManifest): (path: string) => Uint8Array | undefined {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch (cause) {
    throw new DataError(message.badZip((cause as Error).message), { file: manifest.id, hint: message.fetchHint(manifest), cause });
  }
  const names = Object.keys(entries).filter((n) => !n.endsWith("/"));
  return (path) => {
    const inDataset = relative(manifest.dir, path);
    const hit =
      names.find((n) => n === path || n.endsWith(`/${inDataset}`) || n === inDataset) ?? names.find((n) => basename(n) === basename(path));
    return hit === undefined ? undefined : entries[hit];
  };
}

async function download(url: string, manifest: DatasetManifest, onProgress?: FetchOptions["onProgress"]): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  } catch (cause) {
    const inner = (cause as { cause?: { code?: string; message?: string } }).cause;
    const reason = inner?.code ?? inner?.message ?? (cause as Error).message;
    throw new DataError(message.unreachable(url, reason), { file: url, hint: message.fetchHint(manifest), cause });
  }
  if (!response.ok || response.body === null)
    throw new DataError(message.httpError(url, response.status), { file: url, hint: message.fetchHint(manifest) });
  const total = Number(response.headers.get("content-length") ?? 0);
  const chunks: Uint8Array[] = [];
  let done = 0;
  for await (const chunk of response.body) {
    chunks.push(chunk);
    done += chunk.length;
    onProgress?.(done, total, url);
  }
  return Buffer.concat(chunks);
}
