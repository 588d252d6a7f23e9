import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import { build, type Plugin } from "esbuild";

/** A data loader in the staged site, and the content key of what it depends on. */
export interface LoaderKey {
  /** Path in the staged source root, e.g. `02-sdg-outcomes/data/by-country.html.ts`. */
  loader: string;
  /** The file Framework serves from it, e.g. `02-sdg-outcomes/data/by-country.html`. */
  target: string;
  /** The loader's own file in the repository, relative to the root (`notebooks/02-…/src/data/…`). */
  source: string;
  /** sha256 over everything the output depends on; no absolute path or file time enters it. */
  key: string;
  /** The repository files it imports (its own file included), relative to the root. */
  imports: readonly string[];
  /** Whether esbuild read its imports; a loader it could not read runs every time and is never stored. */
  resolved: boolean;
}

export interface LoaderKeysOptions {
  /** The repository root: every path in a key is relative to it. */
  root: string;
  /** Framework's staged source root (reports/.site-src): notebooks are linked in by slug. */
  srcRoot: string;
  /** The data directory the loaders read (hashed by content, not by path). */
  dataDir: string;
  /** Environment values a loader's output depends on (e.g. the edition). */
  env?: Readonly<Record<string, string>>;
}

/** Output kinds Framework serves from a loader: `name.<kind>.ts` (or `.js`). `md` is a page loader. */
// Every kind of file a loader may make; one not listed here would be left to Framework, which
// runs it at every build and never stores it (chapter 5's DuckDB file differed build to build).
const TARGETS =
  /\.(html|json|ndjson|jsonl|csv|tsv|txt|svg|md|png|jpg|jpeg|gif|webp|pdf|parquet|arrow|duckdb|sqlite|db|xlsx|geojson|topojson|xml|zip)\.(ts|js|mjs)$/;

/** Bumped when the key's recipe changes, so old entries are never read as new ones. */
const RECIPE = "hnl-loader-key-1";

/**
 * The content key of every data loader in a staged site: the loader and every module of the
 * repository it imports (found by esbuild's import graph, workspace packages' built files
 * included), the lockfile (which pins every third-party package), the dataset manifests, the data
 * directory's files (by content), the notebook's own non-code files that its imported modules
 * name (findings.json, read with fs by some loaders) and the given environment values. Two clones, or CI,
 * holding the same content get the same keys, whatever their paths or file times.
 */
export async function loaderKeys(o: LoaderKeysOptions): Promise<LoaderKey[]> {
  const loaders = listLoaders(o.srcRoot);
  const sources = loaders.map((l) => relative(o.root, realpathSync(join(o.srcRoot, l))));
  const graphs = await importGraphs(o.root, sources);
  const hashOf = fileHasher(o.root);
  const shared = createHash("sha256")
    .update(`${RECIPE}\n`)
    .update(`lock:${hashOf("pnpm-lock.yaml")}\n`)
    .update(
      `manifests:${listFiles(o.root, "datasets")
        .filter((f) => /^datasets\/[^/]+\.json$/.test(f))
        .map((f) => `${f}:${hashOf(f)}`)
        .join(",")}\n`,
    )
    .update(`data:${dataFingerprint(o.dataDir)}\n`)
    .update(`env:${JSON.stringify(Object.entries(o.env ?? {}).sort())}\n`)
    .digest("hex");
  // Files a loader may read with fs rather than import: a notebook's own non-code files
  // (findings.json, notebook.json, CSVs beside it) count for a loader when one of the notebook's
  // modules it imports names them; the report's own page loaders count the report's JSON files
  // and every notebook's.
  const notebookFiles = new Map<string, string[]>();
  const filesOf = (scope: string): string[] => {
    let files = notebookFiles.get(scope);
    if (files === undefined) {
      files = listFiles(o.root, scope).filter(
        (f) => !/\.(ts|js|mjs|md)$/.test(f) && !f.includes("/test/") && !f.includes("/test-results/"),
      );
      notebookFiles.set(scope, files);
    }
    return files;
  };
  /** The JSON files directly in root/dir, relative to root. */
  const jsonFiles = (dir: string): string[] =>
    readdirSync(join(o.root, dir), { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith(".json") && !e.name.startsWith("."))
      .map((e) => `${dir}/${e.name}`)
      .sort();
  let reportExtras: string | undefined;
  const sourceTexts = new Map<string, string>();
  const textOf = (file: string): string => {
    let text = sourceTexts.get(file);
    if (text === undefined) {
      text = readFileSync(join(o.root, file), "utf8");
      sourceTexts.set(file, text);
    }
    return text;
  };
  const extrasOf = (source: string, imports: readonly string[] | null): string => {
    const m = /^notebooks\/([^/]+)\//.exec(source.split(sep).join("/"));
    if (m === null) {
      // The same for every page loader of the report: reports/*.json and notebooks/<slug>/*.json.
      reportExtras ??= [
        ...jsonFiles("reports"),
        ...readdirSync(join(o.root, "notebooks"), { withFileTypes: true })
          .filter((d) => d.isDirectory() && !d.name.startsWith(".") && d.name !== "node_modules")
          .map((d) => d.name)
          .sort()
          .flatMap((d) => jsonFiles(`notebooks/${d}`)),
      ]
        .map((f) => `${f}:${hashOf(f)}`)
        .join("\n");
      return reportExtras;
    }
    const scope = `notebooks/${m[1]}`;
    const own = (imports ?? [source]).filter((f) => f.startsWith(`${scope}/`));
    const texts = own.map(textOf);
    return filesOf(scope)
      .filter((f) => texts.some((t) => t.includes(basename(f))))
      .map((f) => `${f}:${hashOf(f)}`)
      .join("\n");
  };
  return loaders.map((loader, i) => {
    const source = sources[i] as string;
    const imports = graphs.get(source) ?? null;
    const hash = createHash("sha256")
      .update(shared)
      .update(`loader:${loader}\nextras:${extrasOf(source, imports)}\n`);
    // A loader esbuild cannot read (a syntax error) gets a key of its own file only plus a
    // marker; running it shows the error, and it is never stored.
    if (imports === null) hash.update(`unresolved:${hashOf(source)}\n`);
    else for (const f of imports) hash.update(`${f}:${hashOf(f)}\n`);
    return {
      loader,
      target: loader.replace(/\.(ts|js|mjs)$/, ""),
      source,
      key: hash.digest("hex"),
      imports: imports ?? [source],
      resolved: imports !== null,
    };
  });
}

/** Loader files in a staged source root, following its links, as paths relative to it. */
export function listLoaders(srcRoot: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir).sort()) {
      if (entry.startsWith(".") || entry === "node_modules") continue;
      const path = join(dir, entry);
      const rel = prefix === "" ? entry : `${prefix}/${entry}`;
      if (statSync(path).isDirectory()) walk(path, rel);
      else if (TARGETS.test(entry)) out.push(rel);
    }
  };
  walk(srcRoot, "");
  return out;
}

/**
 * The content fingerprint of a data directory: every file's path inside it and its bytes. The
 * directory's own location and the files' times do not enter it.
 */
export function dataFingerprint(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      if (entry.startsWith(".")) continue;
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(`${relative(dir, p).split(sep).join("/")}\0`).update(readFileSync(p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return hash.digest("hex");
}

/** Imports of each loader that are files of the repository (sorted, relative to root), or none if esbuild failed. */
async function importGraphs(root: string, sources: readonly string[]): Promise<Map<string, string[]>> {
  // Third-party packages stay outside the graph (the lockfile pins them); workspace packages
  // (@hnl/*) are followed into their built files, so a package change reaches every loader using it.
  const external: Plugin = {
    name: "hnl-external",
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith("@hnl/") ? undefined : { path: args.path, external: true }));
    },
  };
  const graph = async (entries: readonly string[]) => {
    const result = await build({
      absWorkingDir: root,
      entryPoints: [...entries],
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      outdir: "hnl-loader-graph",
      logLevel: "silent",
      plugins: [external],
    });
    const out = new Map<string, string[]>();
    for (const output of Object.values(result.metafile.outputs)) {
      if (output.entryPoint === undefined) continue;
      out.set(
        output.entryPoint,
        Object.keys(output.inputs)
          .filter((f) => !f.includes("node_modules/.pnpm/"))
          .sort(),
      );
    }
    return out;
  };
  const posix = sources.map((s) => s.split(sep).join("/"));
  try {
    return await graph(posix);
  } catch {
    // One unreadable loader fails the whole graph; take them one by one to find which.
    const out = new Map<string, string[]>();
    for (const s of posix) {
      const one = await graph([s]).catch(() => null);
      const inputs = one?.get(s);
      if (inputs !== undefined) out.set(s, inputs);
    }
    return out;
  }
}

/** sha256 of a file relative to root, memoised for one key computation. */
function fileHasher(root: string): (file: string) => string {
  const memo = new Map<string, string>();
  return (file) => {
    let h = memo.get(file);
    if (h === undefined) {
      const path = join(root, file);
      h = existsSync(path) ? createHash("sha256").update(readFileSync(path)).digest("hex") : "missing";
      memo.set(file, h);
    }
    return h;
  };
}

/** The files under root/dir (paths relative to root, posix), leaving out dot files, node_modules and dist. */
function listFiles(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    const abs = join(root, rel);
    if (!existsSync(abs)) return;
    for (const entry of readdirSync(abs).sort()) {
      if (entry.startsWith(".") || entry === "node_modules" || entry === "dist") continue;
      const child = `${rel}/${entry}`;
      if (statSync(join(root, child)).isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk(dir);
  return out;
}
