// The case studies as HTML: one section per family, its projects as a timeline with what changed
// at each step, and the documents INDIGO lists for them.
import { escapeHtml } from "@hnl/charts";
import type { CaseStep, CaseStudy } from "./case-studies.ts";
import { showDate, showMonths, showUsd } from "./format.ts";

/** Names listed in words; beyond `MAX_NAMES`, the rest are counted. */
const MAX_NAMES = 4;
const list = (xs: readonly string[]) => {
  if (xs.length > MAX_NAMES) return `${xs.slice(0, MAX_NAMES).join(", ")} and ${xs.length - MAX_NAMES} others`;
  return xs.length <= 2 ? xs.join(" and ") : `${xs.slice(0, -1).join(", ")} and ${xs[xs.length - 1]}`;
};

/** What scaled, in one sentence from the counts. */
function scaledText(c: CaseStudy): string {
  const x = c.scaled;
  if (x.followOns === 0)
    return "No project of this family started a year or more after a linked one: its projects ran alongside each other.";
  const of = (n: number) => `${n} of the ${x.followOns}`;
  return `What scaled: ${x.followOns} follow-on${x.followOns === 1 ? "" : "s"} after the first project${x.followOns === 1 ? "" : "s"}; ${of(x.sameProvider)} kept a provider of the project ${x.followOns === 1 ? "it follows" : "they follow"}, ${of(x.samePayer)} an outcome payer, and ${of(x.newPlaces)} went to a new place; ${
    x.comparable === 0
      ? "size cannot be compared"
      : `${x.bigger} of the ${x.comparable} whose size can be compared ${x.bigger === 1 ? "was" : "were"} larger`
  }.`;
}

/** What changed from the project a step follows: provider, payer, place and size. */
function changes(s: CaseStep): string {
  if (s.follows === null) return "";
  const parts = [
    s.sameProvider ? "same provider" : "a different provider",
    s.samePayer ? "same outcome payer" : "a different outcome payer",
    ...(s.newPlaces.length === 0
      ? []
      : [
          `new place${s.newPlaces.length === 1 ? "" : "s"}: ${list(s.newPlaces.slice(0, 3))}${s.newPlaces.length > 3 ? " and others" : ""}`,
        ]),
    ...(s.sizeRatio === null
      ? []
      : [
          `${s.sizeRatio.ratio >= 1 ? `${s.sizeRatio.ratio.toFixed(1)} times` : `${Math.round(s.sizeRatio.ratio * 100)}% of`} its ${s.sizeRatio.measure}`,
        ]),
  ];
  return `Follows ${s.follows}${s.months === null ? "" : ` (${showMonths(s.months)} later)`}: ${parts.join("; ")}.`;
}

function facts(s: CaseStep): string {
  const p = s.project;
  const bits = [
    p.providers.length === 0 ? "provider not recorded" : `delivered by ${list(p.providers)}`,
    p.payers.length === 0 ? "payer not recorded" : `paid for by ${list(p.payers)}`,
    ...(p.capitalUsd === null ? [] : [`capital ${showUsd(p.capitalUsd)}`]),
    ...(p.targetedUsers === null ? [] : [`${p.targetedUsers.toLocaleString("en-GB")} service users targeted`]),
    `stage: ${p.stage ?? "not recorded"}`,
    p.resultRows === 0 ? "no results recorded" : `${p.resultRows} result row${p.resultRows === 1 ? "" : "s"}`,
  ];
  return bits.join("; ");
}

/**
 * The case studies in a `<div id="case-study-timelines">` (the section heading holds the id "case-studies"): per family a heading, why it was chosen (the
 * project's own words), its projects in order of start with what changed, and its documents as
 * links to the URLs INDIGO lists. Every text from the data is escaped.
 */
export function caseStudiesHtml(cases: readonly CaseStudy[], id = "case-study-timelines"): string {
  const one = (c: CaseStudy) => {
    const steps = c.steps
      .map(
        (s) =>
          `<li><strong>${escapeHtml(showDate(s.project.start))}: ${escapeHtml(s.project.name)}</strong>${
            s.project.wording === null ? "" : ` <span class="hnl-lineage-meta">(calls itself “${escapeHtml(s.project.wording)}”)</span>`
          }<br><span class="hnl-lineage-meta">${escapeHtml(facts(s))}</span>${s.follows === null ? "" : `<br>${escapeHtml(changes(s))}`}</li>`,
      )
      .join("");
    const docs =
      c.documents.length === 0
        ? "<p>INDIGO lists no documents for these projects.</p>"
        : `<details><summary>Documents INDIGO lists for these projects (${c.documents.length})</summary><ul>${c.documents
            .map((d) => `<li>${escapeHtml(d.project)}: <a href="${escapeHtml(d.url)}">${escapeHtml(d.title)}</a></li>`)
            .join("")}</ul></details>`;
    return `<section class="hnl-case"><h3>${escapeHtml(c.name)}${c.sector === null ? "" : ` <span class="hnl-lineage-meta">(${escapeHtml(c.sector.toLowerCase())})</span>`}</h3><p>Chosen because ${escapeHtml(c.reason.project)} says “${escapeHtml(c.reason.phrase)}”. ${c.steps.length} projects from ${escapeHtml(showDate(c.steps[0]?.project.start ?? null))} to ${escapeHtml(showDate(c.steps[c.steps.length - 1]?.project.start ?? null))}.</p><ol>${steps}</ol><p>${escapeHtml(scaledText(c))}</p>${docs}</section>`;
  };
  return `<div id="${escapeHtml(id)}" class="hnl-cases">${cases.map(one).join("")}</div>`;
}
