import { spawnSync } from "node:child_process";
import { cpSync, existsSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { NotebookManifest } from "@hnl/report";
import { CliError } from "../cli-error.js";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";

const SKIP = new Set(["node_modules", "test-results", ".observablehq", "dist"]);

/**
 * `hnl new <slug> [--from <notebook>] [--team "<name>"] [--title "<title>"]`: a working notebook
 * for a hack team, copied from the template or from a challenge notebook (pages, data loaders,
 * tests, an empty findings file), registered in the workspace (pnpm install) and in the report at
 * the next build.
 */
export async function newNotebook(
  slug: string | undefined,
  options: { from?: string; team?: string; title?: string; install: boolean },
): Promise<number> {
  const paths = kitPaths();
  if (slug === undefined || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) throw new CliError(message.badSlug(slug ?? ""), message.newHint);
  const target = join(paths.root, "notebooks", slug);
  if (existsSync(target)) throw new CliError(message.notebookExists(relative(paths.root, target)), message.newHint);
  const from = options.from ?? "_template";
  const source = join(paths.root, "notebooks", from);
  if (!existsSync(join(source, "notebook.json"))) throw new CliError(message.unknownSource(from), message.newHint);

  cpSync(source, target, { recursive: true, filter: (src) => !SKIP.has(src.split(/[\\/]/).pop() ?? "") });
  const original = NotebookManifest.parse(JSON.parse(readFileSync(join(source, "notebook.json"), "utf8")));
  const manifest: NotebookManifest = {
    ...original,
    slug,
    title: options.title ?? (options.team ? `${options.team}: ${original.title}` : `${original.title} (${slug})`),
    team: options.team ?? null,
    challenge: from === "_template" ? null : original.challenge,
  };
  writeFileSync(join(target, "notebook.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const pkg = JSON.parse(readFileSync(join(target, "package.json"), "utf8")) as { name: string; description?: string };
  pkg.name = `@hnl/notebook-${slug}`;
  pkg.description = `${manifest.title}: a team notebook forked from ${from}.`;
  writeFileSync(join(target, "package.json"), `${JSON.stringify(pkg, null, 2)}\n`);
  // The findings are the team's own to write: numbered for their challenge, so none are copied.
  writeFileSync(join(target, "findings.json"), "[]\n");
  console.log(message.created(relative(paths.root, target), from));
  if (options.install) {
    const r = spawnSync("pnpm", ["install", "--offline", "--reporter=silent"], { cwd: paths.root, stdio: "inherit" });
    if (r.status !== 0) throw new CliError(message.installFailed, message.installHint);
  } else if (existsSync(join(source, "node_modules"))) {
    // Without an install the fork borrows its source's packages (same dependencies), so it builds
    // at once; pnpm install registers it properly later.
    symlinkSync(relative(target, join(source, "node_modules")), join(target, "node_modules"));
  }
  console.log(message.nextSteps(slug));
  return 0;
}
