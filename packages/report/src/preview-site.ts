import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readManifests } from "@hnl/data";
import { parseEdition } from "./edition.js";
import { message } from "./messages.js";
import { planReport } from "./plan-report.js";
import type { PreviewChapter } from "./preview-numbers.js";
import type { UnknownReference } from "./preview-references.js";
import { type ReferenceTargets, referenceTargets } from "./reference-targets.js";
import { reportStructure } from "./report-structure.js";

/** What the live preview needs to show references and numbers as the build does. */
export interface PreviewSite {
  /** Read again whenever a findings file or the report's configuration changes. */
  targets: () => ReferenceTargets;
  /** The chapters in the preview, numbered as in the whole report. */
  chapters: PreviewChapter[];
  /** Told of each reference to nothing (default: a warning line in the terminal). */
  onUnknown?: (ref: UnknownReference) => void;
}

/**
 * The preview's findings, bibliography and chapter numbers, read as the build reads them (same
 * edition, `HNL_EDITION`): a one-notebook preview keeps the chapter number the notebook has in
 * the whole report, so its figures read "Figure 2.1" there as in the report.
 *
 * @example
 * siteConfig({ ...options, preview: previewSite(repoRoot, ["02-sdg-outcomes"]) })
 */
export function previewSite(repoRoot: string, only: readonly string[] = []): PreviewSite {
  const plan = planReport(repoRoot, readManifests(repoRoot), parseEdition(process.env.HNL_EDITION), only);
  const order = reportStructure(repoRoot).notebooks.map((nb) => nb.manifest.slug);
  // A finding a team adds while the preview runs is known at the next render of a page.
  let stamp = "";
  let targets: ReferenceTargets | null = null;
  const current = (): ReferenceTargets => {
    const now = inputsStamp(repoRoot);
    if (targets === null || now !== stamp) {
      const fresh = now === stamp ? plan : planReport(repoRoot, readManifests(repoRoot), parseEdition(process.env.HNL_EDITION), only);
      targets = referenceTargets({ findings: fresh.edition.main, edition: fresh.edition, bibliography: fresh.bibliography });
      stamp = now;
    }
    return targets;
  };
  stamp = inputsStamp(repoRoot);
  return {
    targets: current,
    chapters: plan.notebooks.map((nb, i) => ({
      // A notebook the report leaves out is numbered by its place in the preview, as a build of it alone would.
      number: order.includes(nb.manifest.slug) ? order.indexOf(nb.manifest.slug) + 1 : i + 1,
      pages: nb.pages.map((p) => `/${nb.manifest.slug}/${p.path}`),
    })),
    onUnknown: (ref) => console.warn(message.previewUnknownReferenceLog(ref.page, ref.kind, ref.key)),
  };
}

/** When the files references are resolved from last changed: every findings.json and the report's JSON files. */
function inputsStamp(repoRoot: string): string {
  const files = [
    ...readdirSync(join(repoRoot, "notebooks")).map((d) => join(repoRoot, "notebooks", d, "findings.json")),
    join(repoRoot, "reports", "report.json"),
    join(repoRoot, "reports", "references.json"),
  ];
  return files.map((f) => (existsSync(f) ? `${f}:${statSync(f).mtimeMs}` : "")).join("\n");
}
