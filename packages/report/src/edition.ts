import type { ChapterFindings } from "./collect-findings.js";
import type { Reference } from "./cross-references.js";
import { NotebookError } from "./discover-notebooks.js";
import { type Finding, isReviewed } from "./finding.js";
import { missingFrontMatter, type ReportConfig } from "./report-config.js";

/**
 * Which edition a build makes. `working`: for the teams and editors, every finding not withdrawn,
 * drafts marked as such. `public`: for readers; front matter complete, drafts refused or printed
 * only in a marked appendix (the report's `drafts` setting), the summary and home page cite
 * reviewed findings only.
 */
export type Edition = "working" | "public";

/** Reads `--edition` or `HNL_EDITION`; `working` when unset. */
export function parseEdition(value: string | undefined): Edition {
  if (value === undefined || value === "" || value === "working") return "working";
  if (value === "public") return "public";
  throw new NotebookError(`There is no edition "${value}".`, "Build the working edition (the default) or --edition public.");
}

/** Where each finding goes in an edition. */
export interface EditionFindings {
  edition: Edition;
  /** Findings printed in the learning chapter, by chapter. */
  main: ChapterFindings[];
  /** Findings printed only in the draft-findings appendix (public edition, `drafts: appendix`). */
  appendix: ChapterFindings[];
  /** Withdrawn findings: never printed; a reference to one fails the build. */
  withdrawn: Finding[];
}

/** Sorts findings into the learning chapter, the draft appendix or nowhere, for an edition; refuses what it must. */
export function editionFindings(chapters: readonly ChapterFindings[], config: ReportConfig, edition: Edition): EditionFindings {
  const withdrawn = chapters.flatMap((c) => c.findings.filter((f) => f.status === "withdrawn"));
  const live = chapters.map((c) => ({ ...c, findings: c.findings.filter((f) => f.status !== "withdrawn") }));
  if (edition === "working") return { edition, main: live, appendix: [], withdrawn };
  const missing = missingFrontMatter(config);
  if (missing.length > 0)
    throw new NotebookError(
      `A public edition needs its front matter: reports/report.json lacks ${missing.join(", ")}.`,
      "Fill these in reports/report.json (see the README's section on the report), or build the working edition.",
    );
  const drafts = live.flatMap((c) => c.findings.filter((f) => !isReviewed(f)));
  if (drafts.length > 0 && config.drafts === "refuse")
    throw new NotebookError(
      `A public edition prints reviewed findings only, and ${drafts.length} finding(s) are not reviewed: ${drafts.map((f) => f.id).join(", ")}.`,
      'Review each (pnpm hnl findings review F1.1 --by "Name"), withdraw it, or set "drafts": "appendix" in reports/report.json to print drafts in a marked appendix.',
    );
  return {
    edition,
    main: live.map((c) => ({ ...c, findings: c.findings.filter(isReviewed) })),
    appendix: live.map((c) => ({ ...c, findings: c.findings.filter((f) => !isReviewed(f)) })).filter((c) => c.findings.length > 0),
    withdrawn,
  };
}

/**
 * Fails on a reference to a withdrawn finding anywhere, and, in a public edition, on a citation
 * of an unreviewed finding from the home page or the summary: those pages speak for the report.
 */
export function checkFindingReferences(refs: readonly Reference[], e: EditionFindings): void {
  const withdrawn = new Set(e.withdrawn.map((f) => f.id));
  const drafts = new Set(e.appendix.flatMap((c) => c.findings.map((f) => f.id)));
  const frontPage = (file: string) => /(^|\/)reports\/pages\/(index|summary)\.md$/.test(file);
  const bad = refs.filter(
    (r) => r.kind === "finding" && (withdrawn.has(r.key) || (e.edition === "public" && drafts.has(r.key) && frontPage(r.file))),
  );
  if (bad.length === 0) return;
  const lines = bad
    .map(
      (r) =>
        `  ${r.file}:${r.line}: ${r.key} ${withdrawn.has(r.key) ? "was withdrawn" : "is not reviewed, and this page speaks for the report"}`,
    )
    .join("\n");
  throw new NotebookError(
    `${bad.length} reference(s) cite findings this edition cannot print:\n${lines}`,
    "Remove the citation, or have the finding reviewed (pnpm hnl findings review).",
  );
}
