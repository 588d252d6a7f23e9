import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { message } from "./messages.js";
import { NotebookManifest } from "./notebook-manifest.js";
import type { NotebookPage } from "./source-pages.js";
import { listSourcePages } from "./source-pages.js";

export interface Notebook {
  manifest: NotebookManifest;
  /** Absolute folder of the notebook. */
  dir: string;
  /** Absolute folder of its Framework pages. */
  srcDir: string;
  pages: NotebookPage[];
}

/** Thrown for a notebook folder the report cannot use; `hint` says how to fix it. */
export class NotebookError extends Error {
  override readonly name = "NotebookError";
  constructor(
    summary: string,
    readonly hint: string,
  ) {
    super(summary);
  }
}

/**
 * Every notebook in `notebooks/` (or only the named ones), sorted by slug. Folders starting with
 * `_` (the template) are left out unless `includeTemplates` is set.
 *
 * @example
 * discoverNotebooks("/repo").map((n) => n.manifest.slug) // ["02-sdg-outcomes"]
 */
export function discoverNotebooks(
  repoRoot: string,
  options: { includeTemplates?: boolean; only?: readonly string[]; exclude?: readonly string[] } = {},
): Notebook[] {
  const base = join(repoRoot, "notebooks");
  if (!existsSync(base)) return [];
  return (
    readdirSync(base)
      .filter((name) => statSync(join(base, name)).isDirectory() && existsSync(join(base, name, "notebook.json")))
      .filter((name) => options.includeTemplates === true || !name.startsWith("_"))
      // Named notebooks only: a notebook half-made in another folder does not stop this one.
      .filter((name) => options.only === undefined || options.only.includes(name))
      .filter((name) => !(options.exclude ?? []).includes(name))
      .sort()
      .map((name) => readNotebook(join(base, name), repoRoot))
  );
}

function readNotebook(dir: string, repoRoot: string): Notebook {
  const file = relative(repoRoot, join(dir, "notebook.json"));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(dir, "notebook.json"), "utf8"));
  } catch (error) {
    throw new NotebookError(message.badManifest(file, (error as Error).message), message.badManifestHint);
  }
  const parsed = NotebookManifest.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ");
    throw new NotebookError(message.badManifest(file, detail), message.badManifestHint);
  }
  const folder = dir.split(/[\\/]/).pop() ?? "";
  if (parsed.data.slug !== folder) throw new NotebookError(message.slugMismatch(file, parsed.data.slug, folder), message.badManifestHint);
  const srcDir = join(dir, "src");
  const pages = listSourcePages(srcDir);
  if (!pages.some((p) => p.path === "index")) throw new NotebookError(message.noPages(parsed.data.slug), message.badManifestHint);
  return { manifest: parsed.data, dir, srcDir, pages };
}
