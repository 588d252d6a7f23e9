import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync, version as esbuildVersion } from "esbuild";
import { message } from "./messages.js";

/** A library served from node_modules in place of Framework's CDN download. */
export interface OfflineLibrary {
  /** Its npm name, as a page writes it after `npm:`. */
  name: string;
  /** Other offline libraries it imports: they stay imports of their own bundle, so a page loads each library once. */
  shared?: readonly string[];
  /** Files Framework serves as they are (`import.meta.resolve("npm:name/dist/x.wasm")`), relative to the package. */
  files?: readonly string[];
  /** The only version Framework asks for (it pins it in its own code); another installed version fails early. */
  version?: string;
}

/**
 * What the report serves offline: the libraries behind Framework's implicit `d3`, `Plot`, `html`
 * and `svg`, what its built-in Inputs need (htl, isoformat), and DuckDB-Wasm with the Arrow
 * library its client loads (`DuckDBClient`, `sql` blocks). Framework 1.13.4 asks for DuckDB-Wasm
 * 1.29.0 exactly (`DUCKDB_WASM_VERSION` in its `duckdb.js`).
 */
export const OFFLINE_LIBRARIES: readonly OfflineLibrary[] = [
  { name: "d3" },
  { name: "htl" },
  { name: "isoformat" },
  { name: "@observablehq/plot", shared: ["d3", "isoformat"] },
  { name: "apache-arrow" },
  {
    name: "@duckdb/duckdb-wasm",
    version: "1.29.0",
    shared: ["apache-arrow"],
    files: ["dist/duckdb-mvp.wasm", "dist/duckdb-browser-mvp.worker.js", "dist/duckdb-eh.wasm", "dist/duckdb-browser-eh.worker.js"],
  },
];

/**
 * Framework's client runtime holds lazy imports of about 30 libraries (`npm:react-dom`, ...) that
 * run only when a page uses them implicitly, and resolves their versions on every build by asking
 * the npm registry, which an offline build cannot reach. A version folder in Framework's npm cache
 * answers that question locally; the version `0.0.0-offline` names the trap, so a page that does
 * use one of these fails the build or the browser test saying so. The libraries of
 * `OFFLINE_LIBRARIES` get their real version instead (two versions of one name: the highest wins).
 */
export const OFFLINE_NPM_PINS = [
  "@observablehq/duckdb",
  "@observablehq/inputs",
  "@observablehq/sample-datasets",
  "@uwdata/vgplot",
  "@viz-js/viz",
  "arquero",
  "d3-dsv",
  "echarts",
  "exceljs",
  "jszip",
  "katex",
  "leaflet",
  "lodash",
  "mapbox-gl",
  "mermaid",
  "parquet-wasm",
  "react",
  "react-dom",
  "sql.js",
  "topojson-client",
  "vega",
  "vega-lite",
  "vega-lite-api",
].map((name) => `${name}@0.0.0-offline`);

export interface FillNpmCacheOptions {
  /** Framework's source root: the cache is `<root>/.observablehq/cache/_npm`, replaced on every call. */
  root: string;
  /** Where bundles are kept between builds, one folder per library and version (default `node_modules/.cache/hnl-npm` of @hnl/report). */
  bundleCache?: string;
  /** The folder whose node_modules hold the libraries (default @hnl/report's own). */
  resolveFrom?: string;
  libraries?: readonly OfflineLibrary[];
  /** Empty version folders for the libraries not served (default `OFFLINE_NPM_PINS`). */
  placeholders?: readonly string[];
}

/** One library as `fillNpmCache` placed it. */
export interface FilledLibrary {
  name: string;
  /** The installed version, which names its folder in Framework's cache. */
  version: string;
  /** Files in its folder, relative to it (`_esm.js` is the module a page imports). */
  files: string[];
  /** Whether it was bundled now (false: taken from the bundle cache). */
  bundled: boolean;
}

/** Bumped when the way bundles are made changes, so old cached bundles are not reused. */
const RECIPE = 1;
const packageRoot = fileURLToPath(new URL("..", import.meta.url));
/** Stands for `_npm/` in a bundle's imports of shared libraries until it is made relative to the bundle. */
const MARKER = "/@hnl-npm/";

/**
 * Fills Framework's npm import cache (`<root>/.observablehq/cache/_npm/<name>@<version>/`) from
 * the installed packages, so `npm:` imports and the implicit libraries build and run with no
 * network: each library is bundled once per installed version with esbuild into `_esm.js` (what
 * Framework would download from the CDN's `+esm`), shared libraries stay imports
 * (`../../d3@7.9.2/_esm.js`), and the files a library loads at run time (DuckDB's wasm and
 * workers) are served as installed. Bundles are kept in `bundleCache` and linked into the cache;
 * Framework never rewrites a cache file that exists. The other libraries Framework's runtime
 * names get placeholder folders.
 *
 * @example
 * fillNpmCache({ root: "reports/.site-src" }); // then: observable build
 */
export function fillNpmCache(o: FillNpmCacheOptions): FilledLibrary[] {
  const libraries = o.libraries ?? OFFLINE_LIBRARIES;
  const from = o.resolveFrom ?? packageRoot;
  const bundleCache = o.bundleCache ?? join(packageRoot, "node_modules", ".cache", "hnl-npm");
  const npmDir = join(o.root, ".observablehq", "cache", "_npm");
  // Framework takes the highest version folder of a name: nothing from an earlier fill may stay.
  rmSync(npmDir, { recursive: true, force: true });
  mkdirSync(npmDir, { recursive: true });

  const installed = new Map(libraries.map((lib) => [lib.name, installedPackage(lib, from)]));
  const filled: FilledLibrary[] = [];
  for (const lib of libraries) {
    const pkg = installed.get(lib.name);
    if (pkg === undefined) continue;
    const shared = (lib.shared ?? []).map((name) => {
      const dep = installed.get(name);
      if (dep === undefined) throw new Error(message.npmSharedUnknown(lib.name, name));
      return { name, version: dep.version };
    });
    const key = createHash("sha256")
      .update(JSON.stringify({ RECIPE, esbuildVersion, name: lib.name, version: pkg.version, shared, files: lib.files ?? [] }))
      .digest("hex")
      .slice(0, 8);
    const entry = join(bundleCache, `${lib.name.replace("/", "+")}@${pkg.version}-${key}`);
    const bundled = !existsSync(join(entry, "_esm.js"));
    if (bundled) writeEntry(entry, lib, pkg, shared, from);
    const files = listFiles(entry);
    const target = join(npmDir, `${lib.name}@${pkg.version}`);
    for (const file of files) {
      mkdirSync(dirname(join(target, file)), { recursive: true });
      symlinkSync(join(entry, file), join(target, file));
    }
    filled.push({ name: lib.name, version: pkg.version, files, bundled });
  }
  const served = new Set(libraries.map((lib) => lib.name));
  for (const pin of o.placeholders ?? OFFLINE_NPM_PINS) {
    if (!served.has(pin.slice(0, pin.lastIndexOf("@")))) mkdirSync(join(npmDir, pin), { recursive: true });
  }
  return filled;
}

interface InstalledPackage {
  dir: string;
  version: string;
}

/** The package as Node would find it from `from` (its node_modules, then each parent's). */
function installedPackage(lib: OfflineLibrary, from: string): InstalledPackage {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkgDir = join(dir, "node_modules", lib.name);
    if (existsSync(join(pkgDir, "package.json"))) {
      const { version } = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { version: string };
      if (lib.version !== undefined && lib.version !== version) throw new Error(message.npmWrongVersion(lib.name, version, lib.version));
      return { dir: pkgDir, version };
    }
    if (dirname(dir) === dir) throw new Error(message.npmNotInstalled(lib.name, from));
  }
}

/** Bundles one library into a new cache folder, written beside it and renamed, so a parallel build never sees half of it. */
function writeEntry(
  entry: string,
  lib: OfflineLibrary,
  pkg: InstalledPackage,
  shared: readonly { name: string; version: string }[],
  from: string,
): void {
  const result = buildSync({
    entryPoints: [lib.name],
    absWorkingDir: from,
    bundle: true,
    write: false,
    outfile: "_esm.js",
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "inline",
    logLevel: "silent",
    alias: Object.fromEntries(shared.map((s) => [s.name, `${MARKER}${s.name}@${s.version}/_esm.js`])),
    external: [`${MARKER}*`],
  });
  const code = result.outputFiles[0]?.text ?? "";
  // From _npm/<name>@<version>/_esm.js back to _npm/: one step per part of the name.
  const up = "../".repeat(lib.name.split("/").length);
  const relinked = code.replaceAll(`"${MARKER}`, `"${up}`);
  const stray = /["']\/@hnl-npm\/[^"']*/.exec(relinked);
  if (stray !== null) throw new Error(message.npmSharedSubpath(lib.name, stray[0].slice(1)));

  const tmp = `${entry}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, "_esm.js"), relinked);
  for (const file of lib.files ?? []) {
    const source = join(pkg.dir, file);
    if (!existsSync(source)) throw new Error(message.npmFileMissing(lib.name, file));
    mkdirSync(dirname(join(tmp, file)), { recursive: true });
    try {
      linkSync(source, join(tmp, file)); // no copy of DuckDB's 75 MB of wasm where the file system allows
    } catch {
      copyFileSync(source, join(tmp, file));
    }
  }
  try {
    renameSync(tmp, entry);
  } catch (e) {
    // Another build wrote the same entry first: keep theirs. Only a folder with no bundle in it (left
    // broken by hand) is replaced; it is never removed before the rename, where it could be a
    // parallel build's entry that has just landed and is being linked from.
    if (existsSync(join(entry, "_esm.js"))) {
      rmSync(tmp, { recursive: true, force: true });
      return;
    }
    rmSync(entry, { recursive: true, force: true });
    try {
      renameSync(tmp, entry);
    } catch {
      rmSync(tmp, { recursive: true, force: true });
      if (!existsSync(join(entry, "_esm.js"))) throw e;
    }
  }
}

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? listFiles(join(dir, name), base) : [relative(base, join(dir, name))]));
}
