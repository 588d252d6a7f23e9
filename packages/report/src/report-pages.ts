import type { DatasetManifest } from "@hnl/data";
import type { Bibliography } from "./bibliography.js";
import type { ChapterFindings } from "./collect-findings.js";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The learning chapter: every finding of every challenge notebook, numbered and citable (each
 * has an anchor, so `[@F2.1]` anywhere links here), grouped by challenge and then by theme, each
 * linked to the figures it rests on.
 */
export function learningPage(chapters: readonly ChapterFindings[]): string {
  const out = [
    "---",
    "title: Learning",
    "---",
    "",
    "# What the teams learnt",
    "",
    "Findings from every challenge notebook, numbered by challenge (F2.3 is the third finding of challenge 2). Each links to the figures it rests on and says how confident its authors are; a draft has not yet been reviewed.",
    "",
  ];
  for (const { notebook, findings } of chapters) {
    if (findings.length === 0) continue;
    const m = notebook.manifest;
    out.push(`## ${m.challenge === null ? "" : `Challenge ${m.challenge}: `}${esc(m.title)}`, "");
    for (const f of findings) {
      const evidence = f.evidence.map((e) => `[@fig:${e}]`).join(", ");
      out.push(
        `<div class="hnl-finding" id="${f.id}">`,
        `<p><a class="hnl-finding-id" href="#${f.id}">${f.id}</a> ${esc(f.statement)}</p>`,
        `<p class="hnl-finding-meta">Confidence: ${f.confidence} · ${f.status}${f.theme ? ` · theme: ${esc(f.theme)}` : ""} · evidence: ${evidence}</p>`,
        "</div>",
        "",
      );
    }
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

/** The data sources appendix: every dataset's publisher, source, licence note, access level and snapshot. */
export function sourcesPage(manifests: readonly DatasetManifest[]): string {
  const out = [
    "---",
    "title: Data sources and licences",
    "---",
    "",
    "# Data sources and licences",
    "",
    "Every dataset the kit reads, from its manifest in `datasets/`. Restricted data is published only as aggregates that passed small-cell suppression.",
    "",
  ];
  for (const m of manifests) {
    const rows = m.files.reduce((n, f) => n + (f.rows ?? 0), 0);
    out.push(
      `## ${esc(m.title)}`,
      "",
      `- **Publisher:** ${esc(m.publisher)}`,
      `- **Source:** <${m.source}>`,
      `- **Download:** ${esc(m.download)}`,
      `- **Licence:** ${esc(m.licence)}`,
      `- **Access:** ${m.access}`,
      `- **Snapshot:** ${esc(m.snapshot)}`,
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

/** The pages the report generates (path in the site → Markdown): the learning chapter, sources and references. */
export function generatedPages(
  findings: readonly ChapterFindings[],
  manifests: readonly DatasetManifest[],
  bib: Bibliography,
): Record<string, string> {
  return {
    "learning.md": learningPage(findings),
    "appendix/sources.md": sourcesPage(manifests),
    "appendix/references.md": referencesPage(bib),
  };
}
