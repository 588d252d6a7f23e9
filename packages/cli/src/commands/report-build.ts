import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { readManifests, requireDataFiles, resolveDataDir } from "@hnl/data";
import {
  checkPublication,
  checkReferences,
  collectFindings,
  finishSite,
  formatPublicationFinding,
  generatedPages,
  listSitePages,
  polishHtml,
  readBibliography,
  reportStructure,
  scanFiles,
  stageSite,
} from "@hnl/report";
import { CliError } from "../cli-error.js";
import { runFramework } from "../framework.js";
import { loaderCacheKey } from "../loader-cache-key.js";
import { message } from "../messages.js";
import { kitPaths } from "../paths.js";

/**
 * `hnl report build`: stage every chapter notebook with the report's own and generated pages
 * (learning chapter, sources, references), check every cross-reference, build with Framework,
 * then number figures, resolve references and fix the page shell.
 */
export async function reportBuild(only: readonly string[] = []): Promise<number> {
  const paths = kitPaths();
  // Fail in a second, with every missing file named, rather than deep inside a data loader.
  const manifests = readManifests(paths.root);
  requireDataFiles(resolveDataDir(), manifests);
  const { config, notebooks } = reportStructure(paths.root, only);
  const findings = collectFindings(paths.root, notebooks);
  const bibliography = readBibliography(join(paths.reportDir, config.bibliography));
  console.error(message.staging(notebooks.length, relative(paths.root, paths.siteSrc)));
  const cacheKey = loaderCacheKey(paths.root);
  const keyFile = join(paths.siteSrc, ".observablehq", "hnl-cache-key");
  const keepCache = existsSync(keyFile) && readFileSync(keyFile, "utf8") === cacheKey;
  stageSite({
    reportDir: paths.reportDir,
    notebooks,
    out: paths.siteSrc,
    keepCache,
    generated: generatedPages(findings, manifests, bibliography),
  });
  // A build of named notebooks checks their pages only; the report's own pages cite all chapters.
  const references = scanFiles(
    markdownFiles(paths.siteSrc).map((path) => ({ path, display: relative(paths.root, displayPath(paths, path)) })),
  ).filter((r) => only.length === 0 || r.file.startsWith("notebooks/"));
  checkReferences(
    references.filter((r) => r.kind !== "figure"),
    { finding: new Set(findings.flatMap((c) => c.findings.map((f) => f.id))), citation: bibliography.keys },
  );
  const code = await runFramework(["build"], { siteRoot: relative(paths.reportDir, paths.siteSrc), notebooks: only });
  if (code !== 0) throw new CliError(message.frameworkFailed(code), message.frameworkFailedHint);
  writeFileSync(keyFile, cacheKey);
  const { figures } = finishSite({ distDir: paths.siteDist, notebooks, findings, bibliography, references });
  polishHtml(paths.siteDist);
  // The last gate: nothing of a restricted dataset (answers, names, row-level records) leaves.
  const publication = await checkPublication({ distDir: paths.siteDist, dataDir: resolveDataDir(), repoRoot: paths.root });
  if (!publication.ok) {
    for (const f of publication.findings.slice(0, 20)) console.error(formatPublicationFinding(f));
    throw new CliError(message.restrictedPublished(publication.findings.length), message.restrictedHint);
  }
  console.log(message.built(relative(paths.root, paths.siteDist), listSitePages(paths.siteDist).length));
  console.log(
    message.builtDetail(
      notebooks.length,
      findings.reduce((n, c) => n + c.findings.length, 0),
      figures.length,
    ),
  );
  console.log(message.viewHint);
  return 0;
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
