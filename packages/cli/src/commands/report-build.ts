import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { readManifests, requireDataFiles, resolveDataDir } from "@hnl/data";
import {
  checkFindingReferences,
  checkPublication,
  checkReaderPages,
  checkReferences,
  finishSite,
  formatPublicationFinding,
  listSitePages,
  parseEdition,
  planReport,
  polishHtml,
  prerenderSite,
  rebuildSearchIndex,
  scanFiles,
  scanReferences,
  stageSite,
  templateLeaks,
  uncitedEntries,
} from "@hnl/report";
import { CliError } from "../cli-error.js";
import { runFramework } from "../framework.js";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";
import { cacheDir, prepareLoaders } from "../prepare-loaders.js";
import { replaceFolder } from "../replace-folder.js";

/**
 * `hnl report build`: stage every chapter notebook with the report's own and generated pages
 * (learning chapter, sources, references), check every cross-reference, build with Framework,
 * then number figures, resolve references and fix the page shell.
 */
export async function reportBuild(only: readonly string[] = [], editionName?: string): Promise<number> {
  const paths = kitPaths();
  const edition = parseEdition(editionName ?? process.env.HNL_EDITION);
  // The Framework config (a child process) lists the draft-findings appendix in a public edition.
  process.env.HNL_EDITION = edition;
  // Fail in a second, with every missing file named, rather than deep inside a data loader.
  const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(chromiumPath)) throw new CliError(message.noChromiumBuild(chromiumPath), message.noChromiumHint);
  const manifests = readManifests(paths.root);
  requireDataFiles(resolveDataDir(), manifests);
  const plan = planReport(paths.root, manifests, edition, only);
  const { notebooks, bibliography } = plan;
  console.error(message.staging(notebooks.length, relative(paths.root, paths.siteSrc)));
  console.error(
    message.edition(
      edition,
      plan.edition.main.reduce((n, c) => n + c.findings.length, 0),
      plan.edition.appendix.reduce((n, c) => n + c.findings.length, 0),
    ),
  );
  stageSite({
    reportDir: paths.reportDir,
    notebooks,
    out: paths.siteSrc,
    generated: plan.generated,
    fill: plan.fill,
  });
  // A build of named notebooks checks their pages only; the report's own pages cite all chapters.
  const references = scanFiles(
    markdownFiles(paths.siteSrc).map((path) => ({ path, display: relative(paths.root, displayPath(paths, path)) })),
  )
    // Scope notes, printed on chapter pages and in the summary, may cite works too.
    .concat(
      notebooks.flatMap((nb) =>
        scanReferences(nb.manifest.scope.map((s) => s.text).join("\n"), `notebooks/${nb.manifest.slug}/notebook.json`),
      ),
    )
    .filter((r) => only.length === 0 || r.file.startsWith("notebooks/"));
  checkFindingReferences(references, plan.edition);
  checkReferences(
    references.filter((r) => r.kind !== "figure"),
    {
      finding: new Set([...plan.edition.main, ...plan.edition.appendix].flatMap((c) => c.findings.map((f) => f.id))),
      citation: bibliography.keys,
    },
  );
  if (only.length === 0)
    for (const key of uncitedEntries(
      bibliography,
      references.filter((r) => r.kind === "citation").map((r) => r.key),
    ))
      console.error(message.uncited(key, plan.config.bibliography));
  // Built beside the published site and moved into place only when every check has passed: a
  // failed build leaves the previous site as it was, never half a site.
  let figureCount = 0;
  // Loaders run before Framework (outputs reused by content key), so Framework only assembles.
  await prepareLoaders(paths, paths.siteSrc, resolveDataDir().path);
  await replaceFolder(paths.siteDist, "index.html", buildInto);
  console.log(message.built(relative(paths.root, paths.siteDist), listSitePages(paths.siteDist).length));
  console.log(
    message.builtDetail(
      notebooks.length,
      plan.findings.reduce((n, c) => n + c.findings.length, 0),
      figureCount,
    ),
  );
  console.log(message.viewHint);
  return 0;

  async function buildInto(dist: string): Promise<void> {
    const code = await runFramework(["build"], {
      siteRoot: relative(paths.reportDir, paths.siteSrc),
      notebooks: only,
      output: relative(paths.reportDir, dist),
    });
    if (code !== 0) throw new CliError(message.frameworkFailed(code), message.frameworkFailedHint);
    // Static first: what page code displays is written into each page's HTML.
    const prerendered = await prerenderSite({
      distDir: dist,
      executablePath: chromiumPath,
      cacheDir: join(cacheDir(paths), "pages"),
      onPage: (page, i, total) => console.error(message.prerendering(page, i, total)),
    }).catch((e: unknown) => {
      throw new CliError(e instanceof Error ? e.message : String(e), message.prerenderHint);
    });
    console.error(
      message.prerendered(
        prerendered.length,
        prerendered.reduce((n, p) => n + p.cells, 0),
        prerendered.filter((p) => p.interactive).length,
      ),
    );
    const { figures } = finishSite({
      distDir: dist,
      notebooks,
      findings: plan.edition.main,
      bibliography,
      references,
      edition: plan.edition,
      config: plan.config,
      citations: plan.citations,
    });
    polishHtml(dist);
    const leaks = templateLeaks(dist);
    if (leaks.length > 0) {
      for (const l of leaks.slice(0, 20)) console.error(`  ${l.page}: "${l.word}" in "…${l.context}…"`);
      throw new CliError(message.templateLeaks(leaks.length), message.templateLeaksHint);
    }
    rebuildSearchIndex(dist);
    // Chapters, home and summary speak to readers: no package names, commands, paths or code words.
    checkReaderPages(dist, notebooks);
    // The last gate: nothing of a dataset published as aggregates only (answers, names, rows) leaves.
    const publication = await checkPublication({ distDir: dist, dataDir: resolveDataDir(), repoRoot: paths.root });
    if (!publication.ok) {
      for (const f of publication.findings.slice(0, 20)) console.error(formatPublicationFinding(f));
      throw new CliError(message.restrictedPublished(publication.findings.length), message.restrictedHint);
    }
    figureCount = figures.filter((f) => f.kind === "figure").length;
  }
}

/** Markdown pages under the staged root, following its links (notebook sources and report pages). */
function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    if (entry.startsWith(".") || entry === "node_modules") return [];
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return markdownFiles(path);
    return entry.endsWith(".md") ? [path] : [];
  });
}

/** A staged path as the file a person edits: notebooks/<slug>/src/... or reports/pages/... */
function displayPath(paths: ReturnType<typeof kitPaths>, staged: string): string {
  const rel = relative(paths.siteSrc, staged);
  const [first, ...rest] = rel.split("/");
  const notebook = join(paths.root, "notebooks", first ?? "", "src", ...rest);
  if (existsSync(notebook)) return notebook;
  const page = join(paths.reportDir, "pages", rel);
  return existsSync(page) ? page : staged;
}
