import type { DatasetManifest } from "@hnl/data";
import type { Notebook } from "./discover-notebooks.js";
import type { EditionFindings } from "./edition.js";
import { escapePageText as esc } from "./escape-page-text.js";
import { isReviewed } from "./finding.js";
import type { ScopeNote } from "./notebook-manifest.js";

const MARKER = "<!-- summary -->";

const SCOPE_LABEL: Record<ScopeNote["kind"], string> = {
  "substitute-data": "Substitute data",
  "missing-years": "Missing years",
  sampling: "Sample",
  coverage: "Coverage",
  other: "Note",
};

/** A chapter's scope notes as a list, each led by its kind ("Substitute data. ..."). */
export function scopeList(notes: readonly ScopeNote[]): string {
  return `<ul class="hnl-scope-list">${notes.map((n) => `<li><strong>${SCOPE_LABEL[n.kind]}.</strong> ${esc(n.text)}</li>`).join("")}</ul>`;
}

/**
 * The executive summary's `<!-- summary -->` marker replaced by the report in numbers and, for
 * each chapter, its scope notes and its reviewed findings (each with its numbers and a link);
 * findings that await review are counted, never quoted.
 */
export function summaryPage(
  template: string,
  notebooks: readonly Notebook[],
  findings: EditionFindings,
  manifests: readonly DatasetManifest[],
): string {
  const all = [...findings.main, ...findings.appendix].flatMap((c) => c.findings);
  const reviewed = all.filter(isReviewed).length;
  const used = new Set(notebooks.flatMap((nb) => nb.manifest.sources));
  const out = [
    `<p class="hnl-in-numbers"><strong>The report in numbers:</strong> ${notebooks.length} chapters, ${
      manifests.filter((m) => used.has(m.id)).length
    } datasets, ${all.length} findings, of which ${reviewed} reviewed and ${all.length - reviewed} awaiting review.</p>`,
    "",
  ];
  for (const [i, nb] of notebooks.entries()) {
    const m = nb.manifest;
    const mine = [...findings.main, ...findings.appendix].filter((c) => c.notebook.manifest.slug === m.slug).flatMap((c) => c.findings);
    const signed = mine.filter(isReviewed);
    out.push(`<h2 id="summary-${esc(m.slug)}">${i + 1}. ${esc(m.title)}</h2>`, "");
    if (m.summary) out.push(`<p>${esc(m.summary)} <a href="./${esc(m.slug)}/">Read the chapter</a>.</p>`, "");
    if (m.scope.length > 0) out.push(`<p class="hnl-scope-lead">What the data can and cannot show:</p>`, scopeList(m.scope), "");
    if (signed.length > 0)
      out.push(`<ul class="hnl-summary-findings">`, ...signed.map((f) => `<li>[@${f.id}] ${esc(f.statement)}</li>`), "</ul>", "");
    const waiting = mine.length - signed.length;
    if (waiting > 0 || signed.length === 0)
      out.push(
        `<p class="hnl-awaiting">${
          signed.length === 0
            ? "No finding of this chapter has been reviewed yet"
            : `${waiting} more ${waiting === 1 ? "finding awaits" : "findings await"} review`
        }${waiting > 0 ? `: ${waiting} ${waiting === 1 ? "is" : "are"} listed in ${findings.edition === "public" ? "the appendix of draft findings" : "the learning chapter, marked as drafts"}` : ""}.</p>`,
        "",
      );
  }
  return template.replace(MARKER, out.join("\n"));
}
