import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { NotebookManifest } from "@hnl/report";
import { CliError } from "../cli-error.js";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";

// A notebook is no package of its own: it uses the dependencies of notebooks/package.json.
const SKIP = new Set(["node_modules", "test-results", ".observablehq", "dist", "package.json", ".turbo"]);

/**
 * `hnl new <slug> [--from <notebook>] [--team "<name>"] [--title "<title>"]`: a working notebook
 * for a hack team, copied from the template or from a challenge notebook (pages, data loaders,
 * tests, an empty findings file), in the report at the next build; it needs no install, as every
 * notebook shares the dependencies of notebooks/package.json. Only a notebook under notebooks/ may be copied; the fork is built in a hidden
 * folder and moved into notebooks/<slug> only when complete, so a failure leaves nothing half-made.
 */
export async function newNotebook(slug: string | undefined, options: { from?: string; team?: string; title?: string }): Promise<number> {
  const paths = kitPaths();
  if (slug === undefined || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new CliError(message.badSlug(slug ?? ""), message.newHint);
  const target = join(paths.root, "notebooks", slug);
  if (existsSync(target)) throw new CliError(message.notebookExists(relative(paths.root, target)), message.newHint);
  const from = options.from ?? "_template";
  const notebooks = join(paths.root, "notebooks");
  // Only a notebook of this repository (a folder name under notebooks/) may be copied.
  const known = readdirSync(notebooks, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith(".") && existsSync(join(notebooks, d.name, "notebook.json")))
    .map((d) => d.name)
    .sort();
  if (!/^[a-z0-9_][a-z0-9_-]*$/.test(from) || !known.includes(from))
    throw new CliError(message.unknownSource(from, known), message.newHint);
  const source = join(notebooks, from);
  const manifestFile = join(source, "notebook.json");
  const original = readManifest(manifestFile, relative(paths.root, manifestFile));

  // Built in a hidden folder beside its place and moved there only when complete.
  const partial = mkdtempSync(join(notebooks, `.${slug}.partial-`));
  try {
    cpSync(source, partial, { recursive: true, filter: (src) => !SKIP.has(src.split(/[\\/]/).pop() ?? "") });
    const manifest: NotebookManifest = {
      ...original,
      slug,
      title: options.title ?? (options.team ? `${options.team}: ${original.title}` : `${original.title} (${slug})`),
      team: options.team ?? null,
      challenge: from === "_template" ? null : original.challenge,
    };
    writeFileSync(join(partial, "notebook.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    // The findings are the team's own to write: numbered for their challenge, so none are copied.
    writeFileSync(join(partial, "findings.json"), "[]\n");
    renameSync(partial, target);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  console.log(message.created(relative(paths.root, target), from));
  console.log(message.nextSteps(slug));
  return 0;
}

/** The notebook.json to copy, or a readable error naming each field that is wrong (never a zod dump). */
function readManifest(file: string, shown: string): NotebookManifest {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (cause) {
    throw new CliError(message.badSourceManifest(shown, (cause as Error).message), message.badSourceManifestHint);
  }
  const parsed = NotebookManifest.safeParse(data);
  if (!parsed.success)
    throw new CliError(
      message.badSourceManifest(
        shown,
        parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "the file"}: ${i.message}`).join("; "),
      ),
      message.badSourceManifestHint,
    );
  return parsed.data;
}
