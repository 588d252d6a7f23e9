import { existsSync, readdirSync, readFileSync, statSync, utimesSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";

/** A data loader: `name.<output>.<ts|js|...>` (Framework's naming), e.g. `by-country.html.ts`. */
const LOADER = /\.[A-Za-z0-9]+\.(?:ts|js|mjs|cjs|mts|cts|tsx|jsx)$/;
const CODE = /\.(?:ts|js|mjs|cjs|mts|cts|tsx|jsx)$/;
// `import x from "y"`, `export { x } from "y"`, `import "y"`, `import("y")`.
const IMPORT = /\b(?:import|export)\b[^"'`;]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\bimport\s*["']([^"']+)["']/g;

/** The workspace packages (`packages/<dir>`) by name, with the workspace packages each depends on. */
export interface WorkspacePackage {
  name: string;
  /** Its folder, e.g. /repo/packages/charts. */
  dir: string;
  /** Names of the workspace packages it depends on. */
  deps: string[];
}

/** Every package under `packagesDir` with a package.json, and its workspace dependencies. */
export function workspacePackages(packagesDir: string): WorkspacePackage[] {
  if (!existsSync(packagesDir)) return [];
  const all = readdirSync(packagesDir)
    .map((d) => join(packagesDir, d))
    .filter((d) => existsSync(join(d, "package.json")))
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name?: string; dependencies?: Record<string, string> };
      return { name: pkg.name ?? basename(dir), dir, deps: Object.keys(pkg.dependencies ?? {}) };
    });
  const names = new Set(all.map((p) => p.name));
  return all.map((p) => ({ ...p, deps: p.deps.filter((d) => names.has(d)) }));
}

/**
 * The data loaders under the notebook source folders `srcDirs` that import `changed` (a module
 * of those folders, or a file of a workspace package's `dist/`), directly or through other
 * modules of the folders, or through the workspace packages they import: the loaders whose
 * output a change of that file may change. Framework watches a loader's own file only; a loader
 * is never its own dependent here. The graph is read afresh from the files' relative and
 * workspace imports each time (a few files: milliseconds).
 *
 * @example
 * loaderDependents(["/repo/notebooks/02-sdg-outcomes/src"], "/repo/notebooks/02-sdg-outcomes/src/data/sdg-analysis.ts", packages)
 * // ["/repo/notebooks/02-sdg-outcomes/src/data/sdg-achievement.html.ts", ".../sdg-by-region.html.ts", ".../sdg.json.ts"]
 */
export function loaderDependents(srcDirs: readonly string[], changed: string, packages: readonly WorkspacePackage[] = []): string[] {
  const target = resolve(changed);
  const files = srcDirs.flatMap((d) => codeFiles(d));
  const known = new Set(files);
  // What each file imports: files of the folders, and workspace packages by name.
  const edges = new Map<string, { files: string[]; packages: string[] }>();
  for (const file of files) {
    const out = { files: [] as string[], packages: [] as string[] };
    for (const spec of importSpecifiers(readFileSync(file, "utf8"))) {
      if (spec.startsWith(".")) {
        const hit = resolveRelative(file, spec, known);
        if (hit !== undefined) out.files.push(hit);
      } else {
        const name = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : (spec.split("/")[0] ?? spec);
        if (packages.some((p) => p.name === name)) out.packages.push(name);
      }
    }
    edges.set(file, out);
  }
  // The package `changed` belongs to, and every workspace package that depends on it.
  const owner = packages.find((p) => target.startsWith(join(p.dir, "dist") + sep));
  const reached = new Set<string>();
  if (owner !== undefined) {
    const queue = [owner.name];
    while (queue.length > 0) {
      const name = queue.pop() as string;
      if (reached.has(name)) continue;
      reached.add(name);
      for (const p of packages) if (p.deps.includes(name)) queue.push(p.name);
    }
  }
  const imports = (file: string, seen: Set<string>): boolean => {
    if (seen.has(file)) return false;
    seen.add(file);
    const e = edges.get(file);
    if (e === undefined) return false;
    if (e.packages.some((p) => reached.has(p))) return true;
    return e.files.some((f) => f === target || imports(f, seen));
  };
  return files.filter((f) => LOADER.test(f) && f !== target && imports(f, new Set())).sort();
}

/** Whether a file is a data loader by its name. */
export function isLoader(file: string): boolean {
  return LOADER.test(basename(file));
}

/**
 * Marks loaders as changed (their modification time set to now), so Framework's preview, which
 * watches loader files, runs them again and reloads the pages using their output.
 */
export function touchLoaders(loaders: readonly string[], now: Date = new Date()): void {
  for (const loader of loaders) utimesSync(loader, now, now);
}

/** Module specifiers a source file imports (static, re-exported and literal dynamic imports). */
export function importSpecifiers(source: string): string[] {
  // Comments may mention imports; drop them (roughly: a // inside a string is rare in imports).
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  return [...code.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3] ?? "").filter((s) => s !== "");
}

function codeFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    if (entry.startsWith(".") || entry === "node_modules") return [];
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return codeFiles(path);
    return CODE.test(entry) ? [resolve(path)] : [];
  });
}

/** `./x.ts`, `./x.js` (TypeScript's way to name x.ts), `./x`, `./x/index.ts`, among `known`. */
function resolveRelative(from: string, spec: string, known: ReadonlySet<string>): string | undefined {
  const base = resolve(dirname(from), spec);
  const stem = base.replace(/\.(?:js|mjs|cjs)$/, "");
  const candidates = [
    base,
    ...[".ts", ".mts", ".cts", ".tsx", ".js", ".mjs"].map((x) => stem + x),
    ...["index.ts", "index.js"].map((x) => join(base, x)),
  ];
  return candidates.find((c) => known.has(c));
}

/** A path for messages: relative to `root` when inside it. */
export function shortPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel.startsWith("..") ? path : rel;
}
