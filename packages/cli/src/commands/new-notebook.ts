import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { extname, join, relative } from "node:path";
import { type Finding, formatFindingsJson, NotebookManifest, readFindingsFile } from "@hnl/report";
import { CliError } from "../cli-error.js";
import { fsError } from "../fs-error.js";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";
import { figureIds, forkFigureId, type NotebookText, renumberText } from "../renumber-fork.js";

// A notebook is no package of its own: it uses the dependencies of notebooks/package.json.
const SKIP = new Set(["node_modules", "test-results", ".observablehq", "dist", "package.json", ".turbo", ".preview-src"]);
/** The files a fork renumbers in (text); anything else is copied as it is. */
const TEXT = new Set([".ts", ".mts", ".js", ".mjs", ".md", ".json", ".css", ".html", ".svg", ".txt"]);

/**
 * `hnl new <slug> [--from <notebook>] [--challenge N] [--team "<name>"] [--title "<title>"]`: a
 * working notebook for a hack team, copied from the template or a challenge notebook, with its own
 * challenge number (the next free one, or `--challenge N` if no notebook has it) and nothing shared
 * with its source: finding ids renumbered for that challenge (F2.1 → F7.1, kept as drafts, in
 * findings.json, pages, tests and loaders) and figure and table ids given the fork's slug, so the
 * unchanged fork passes its tests and builds beside its source. It needs no install (notebooks
 * share the dependencies of notebooks/package.json) and touches nothing outside notebooks/<slug>:
 * it is made in a hidden folder and moved into place only when complete. Only a notebook under
 * notebooks/ may be copied.
 */
export async function newNotebook(
  slug: string | undefined,
  options: { from?: string; team?: string; title?: string; challenge?: string },
): Promise<number> {
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
  const challenge = chooseChallenge(notebooks, known, options.challenge);
  const findingsFile = join(source, "findings.json");
  const findings = existsSync(findingsFile) ? readFindingsFile(findingsFile, relative(paths.root, findingsFile)) : [];

  // Built in a hidden folder beside its place and moved there only when complete.
  const partial = mkdtempSync(join(notebooks, `.${slug}.partial-`));
  try {
    let step = message.forkStepCopy(from);
    try {
      cpSync(source, partial, { recursive: true, filter: (src) => !SKIP.has(src.split(/[\\/]/).pop() ?? "") });
      step = message.forkStepRenumber;
      const texts = textFiles(partial);
      const renames = {
        fromChallenge: original.challenge,
        toChallenge: challenge,
        figures: new Map(
          figureIds(
            texts,
            findings.flatMap((f) => f.evidence),
          ).map((id) => [id, forkFigureId(id, from, slug)]),
        ),
        fromSlug: from,
        toSlug: slug,
      };
      for (const f of texts) {
        const text = renumberText(f.text, renames, f.path);
        if (text !== f.text) writeFileSync(join(partial, f.path), text);
      }
      step = message.forkStepWrite;
      // The source's own fields as written (renumbered), validated, and written as biome formats JSON.
      const manifest = {
        ...(JSON.parse(readFileSync(join(partial, "notebook.json"), "utf8")) as Record<string, unknown>),
        slug,
        title: options.title ?? (options.team ? `${options.team}: ${original.title}` : `${original.title} (${slug})`),
        team: options.team ?? null,
        challenge,
      };
      const checked = NotebookManifest.safeParse(manifest);
      if (!checked.success)
        throw new CliError(
          message.forkFailed(
            step,
            checked.error.issues.map((i) => `${i.path.map(String).join(".") || "notebook.json"}: ${i.message}`).join("; "),
          ),
          message.forkFailedHint,
        );
      // formatFindingsJson writes any JSON value as the repository's formatter does.
      writeFileSync(join(partial, "notebook.json"), formatFindingsJson(manifest as unknown as Finding[]));
      // The source's findings, renumbered (a copied page or test may cite them), are drafts of
      // the team's: no review carries over to another chapter.
      const copied = existsSync(join(partial, "findings.json"))
        ? (JSON.parse(readFileSync(join(partial, "findings.json"), "utf8")) as Finding[]).map(asDraft)
        : [];
      writeFileSync(join(partial, "findings.json"), copied.length === 0 ? "[]\n" : formatFindingsJson(copied));
      step = message.forkStepMove(relative(paths.root, target));
      renameSync(partial, target);
    } catch (error) {
      if (error instanceof CliError) throw error;
      const fs = fsError(error);
      throw new CliError(
        message.forkFailed(step, fs?.message ?? (error instanceof Error ? error.message : String(error))),
        message.forkFailedHint,
      );
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  console.log(message.created(relative(paths.root, target), from));
  console.log(message.forkNumbers(challenge, original.challenge, countFindings(target)));
  console.log(message.nextSteps(slug));
  return 0;
}

/** A copied finding as a draft of the fork: reviewed ones lose their review; withdrawn ones stay withdrawn. */
function asDraft(f: Finding): Finding {
  if (f.status !== "reviewed") return f;
  const { review: _review, ...rest } = f;
  return { ...rest, status: "draft" };
}

function countFindings(dir: string): number {
  return (JSON.parse(readFileSync(join(dir, "findings.json"), "utf8")) as unknown[]).length;
}

/**
 * The fork's challenge: `--challenge N` when no notebook has it, else the next after the highest
 * any notebook has (a notebook.json that cannot be read takes none).
 */
function chooseChallenge(notebooks: string, slugs: readonly string[], asked: string | undefined): number {
  const taken = new Map<number, string>();
  for (const s of slugs) {
    try {
      const c = (JSON.parse(readFileSync(join(notebooks, s, "notebook.json"), "utf8")) as { challenge?: unknown }).challenge;
      if (typeof c === "number" && Number.isInteger(c) && c > 0 && !taken.has(c)) taken.set(c, s);
    } catch {
      // An unreadable manifest numbers nothing; the report build names it.
    }
  }
  const next = Math.max(0, ...taken.keys()) + 1;
  if (asked === undefined) return next;
  if (!/^[1-9]\d{0,3}$/.test(asked)) throw new CliError(message.badChallenge(asked), message.challengeHint(next));
  const n = Number(asked);
  const owner = taken.get(n);
  if (owner !== undefined) throw new CliError(message.challengeTaken(n, `notebooks/${owner}`), message.challengeHint(next));
  return n;
}

/** Every text file of a notebook folder, with its path relative to it. */
function textFiles(dir: string, sub = ""): NotebookText[] {
  return readdirSync(join(dir, sub)).flatMap((entry) => {
    const path = sub === "" ? entry : `${sub}/${entry}`;
    if (statSync(join(dir, path)).isDirectory()) return textFiles(dir, path);
    return TEXT.has(extname(entry)) ? [{ path, text: readFileSync(join(dir, path), "utf8") }] : [];
  });
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
