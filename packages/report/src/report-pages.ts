import type { DatasetManifest } from "@hnl/data";
import type { Bibliography } from "./bibliography.js";
import type { ChapterFindings } from "./collect-findings.js";
import type { EditionFindings } from "./edition.js";
import { escapePageText as esc } from "./escape-page-text.js";
import { type Finding, isReviewed, statementFingerprint } from "./finding.js";

/** A finding's status as readers see it: reviewed by whom and when, or a marked draft. */
function statusText(f: Finding): string {
  if (isReviewed(f) && f.review !== undefined) return `reviewed by ${esc(f.review.by)} on ${f.review.on}`;
  if (f.status === "reviewed" && f.review?.statement !== statementFingerprint(f.statement))
    return '<span class="hnl-badge">draft: changed since its review</span>';
  return '<span class="hnl-badge">draft, not yet reviewed</span>';
}

function findingBlock(f: Finding): string[] {
  const evidence = f.evidence.map((e) => `[@fig:${e}]`).join(", ");
  return [
    `<div class="hnl-finding${isReviewed(f) ? "" : " hnl-finding-draft"}" id="${f.id}">`,
    `<p><a class="hnl-finding-id" href="#${f.id}">${f.id}</a> ${esc(f.statement)}</p>`,
    `<p class="hnl-finding-meta">Confidence: ${f.confidence} · ${statusText(f)}${f.theme ? ` · theme: ${esc(f.theme)}` : ""} · evidence: ${evidence}</p>`,
    "</div>",
    "",
  ];
}

/**
 * The learning chapter: every finding of every challenge notebook, numbered and citable (each
 * has an anchor, so `[@F2.1]` anywhere links here), grouped by challenge and then by theme, each
 * linked to the figures it rests on.
 */
export function learningPage(chapters: readonly ChapterFindings[], edition: EditionFindings["edition"] = "working"): string {
  const out = [
    "---",
    "title: Learning",
    "---",
    "",
    "# What the teams learnt",
    "",
    edition === "public"
      ? "Findings from every challenge notebook, numbered by challenge (F2.3 is the third finding of challenge 2). Each links to the figures it rests on, says how confident its authors are, and who reviewed it."
      : "Findings from every challenge notebook, numbered by challenge (F2.3 is the third finding of challenge 2). Each links to the figures it rests on and says how confident its authors are. This is a working edition: a finding marked draft has not been reviewed, and only reviewed findings will be printed in the public edition.",
    "",
  ];
  for (const { notebook, findings } of chapters) {
    if (findings.length === 0) continue;
    const m = notebook.manifest;
    out.push(`## ${m.challenge === null ? "" : `Challenge ${m.challenge}: `}${esc(m.title)}`, "");
    for (const f of findings) out.push(...findingBlock(f));
  }
  const themes = [...new Set(chapters.flatMap((c) => c.findings.map((f) => f.theme)).filter((t): t is string => t !== undefined))].sort();
  if (themes.length > 0) {
    out.push("## Across challenges, by theme", "");
    for (const theme of themes)
      out.push(
        `- **${esc(theme)}**: ${chapters.flatMap((c) => c.findings.filter((f) => f.theme === theme).map((f) => `[@${f.id}]`)).join(", ")}`,
      );
    out.push("");
  }
  return `${out.join("\n")}\n`;
}

/** The public edition's appendix of findings not yet reviewed, each clearly marked. */
export function draftFindingsPage(chapters: readonly ChapterFindings[]): string {
  const out = [
    "---",
    "title: Draft findings",
    "---",
    "",
    "# Draft findings, not yet reviewed",
    "",
    chapters.length === 0
      ? "Every finding in this edition has been reviewed: there are no drafts."
      : '<div class="hnl-edition-note" role="note"><p><strong>Not reviewed.</strong> The findings on this page were written by the teams but have not been reviewed by the report\'s editors. They are printed for completeness; do not cite them as findings of the report.</p></div>',
    "",
  ];
  for (const { notebook, findings } of chapters) {
    const m = notebook.manifest;
    out.push(`## ${m.challenge === null ? "" : `Challenge ${m.challenge}: `}${esc(m.title)}`, "");
    for (const f of findings) out.push(...findingBlock(f));
  }
  return `${out.join("\n")}\n`;
}

/**
 * The data sources appendix: every dataset's publisher, source, licence and access as the
 * publisher states them, what this report may publish of it, its own dates and its citation.
 */
export function sourcesPage(manifests: readonly DatasetManifest[]): string {
  const out = [
    "---",
    "title: Data sources and licences",
    "---",
    "",
    "# Data sources and licences",
    "",
    "Every dataset the report reads, with its licence and access as its publisher states them, and its own dates. Survey data are published only as aggregates that passed small-cell suppression, whatever their licence.",
    "",
  ];
  for (const m of manifests) {
    const rows = m.files.reduce((n, f) => n + (f.rows ?? 0), 0);
    const d = m.dates;
    out.push(
      `<h2 id="${m.id}">${esc(m.title)}</h2>`,
      "",
      `- **Publisher:** ${esc(m.publisher)}`,
      `- **Cite as:** [@cite:${m.citation}]`,
      `- **Source:** <${m.source}>`,
      `- **Licence:** ${m.licenceUrl ? `[${esc(m.licenceName)}](${m.licenceUrl})` : esc(m.licenceName)}. ${esc(m.licence)}`,
      `- **Access:** ${m.access === "public" ? "public: anyone may download it" : "restricted: on request or under an agreement"}`,
      `- **What this report publishes:** ${m.disclosure === "aggregates-only" ? "aggregates only (counts and shares of at least five respondents); never answers, free text or names" : "aggregates and project-level facts"}`,
      ...(d.collected ? [`- **Collected or covering:** ${esc(d.collected)}`] : []),
      ...(d.published ? [`- **Published:** ${esc(d.published)}`] : []),
      ...(d.retrieved ? [`- **Copy used:** ${esc(d.retrieved)}`] : []),
      `- **Snapshot:** ${esc(m.snapshot)}`,
      `- **Download:** ${esc(m.download)}`,
      `- **Files:** ${m.files.length}, ${rows.toLocaleString("en-GB")} data rows`,
      "",
    );
  }
  return `${out.join("\n")}\n`;
}

/** The references section, formatted from the bibliography. */
export function referencesPage(bib: Bibliography): string {
  return ["---", "title: References", "---", "", "# References", "", bib.html(), ""].join("\n");
}

/** The pages the report generates (path in the site → Markdown): the learning chapter, sources, references and, in a public edition, the draft findings. */
export function generatedPages(
  findings: EditionFindings,
  manifests: readonly DatasetManifest[],
  bib: Bibliography,
): Record<string, string> {
  return {
    "learning.md": learningPage(findings.main, findings.edition),
    "appendix/sources.md": sourcesPage(manifests),
    "appendix/references.md": referencesPage(bib),
    ...(findings.edition === "public" ? { "appendix/draft-findings.md": draftFindingsPage(findings.appendix) } : {}),
  };
}
