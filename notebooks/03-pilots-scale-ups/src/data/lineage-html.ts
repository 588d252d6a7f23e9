// The lineage view: one collapsible entry per family, its projects in order of start, each
// saying which earlier project it follows and what links them.
import { escapeHtml } from "@hnl/charts";
import { showDate, showMonths } from "./format.ts";
import type { LineageFamily, LineageMember } from "./scale-study.ts";

/**
 * The families as HTML: a `<details>` per family (summary: name, size, years, follow-ons and the
 * rules that hold it together) holding an ordered list of its projects; families of two are
 * folded together under one more `<details>`. Every text from the data is escaped.
 */
export function lineageHtml(families: readonly LineageFamily[], id = "family-lineage"): string {
  const item = (f: LineageFamily) => {
    const first = f.firstStart?.slice(0, 4);
    const last = (f.lastStart ?? f.firstStart)?.slice(0, 4);
    const years = first === undefined ? "" : first === last ? `, ${first}` : `, ${first}–${last}`;
    const summary = `<summary><strong>${escapeHtml(f.label)}</strong> <span class="hnl-lineage-meta">${f.size} projects${escapeHtml(years)} · ${f.followOns} follow-on${f.followOns === 1 ? "" : "s"} · ${escapeHtml(f.rules.join(", ").toLowerCase())}</span></summary>`;
    return `<details>${summary}<ol>${f.members.map((m, i) => member(m, i)).join("")}</ol></details>`;
  };
  // Families of two are many and short: one more fold keeps the list of larger ones in view.
  const larger = families.filter((f) => f.size > 2);
  const pairs = families.filter((f) => f.size <= 2);
  const pairsFold =
    pairs.length === 0
      ? ""
      : `<details class="hnl-lineage-pairs"><summary><strong>${pairs.length} families of two projects</strong></summary><div>${pairs.map(item).join("")}</div></details>`;
  return `<div class="hnl-lineage" id="${escapeHtml(id)}">${larger.map(item).join("")}${pairsFold}</div>`;
}

function member(m: LineageMember, index: number): string {
  const when = `${showDate(m.start)} – ${m.end === null ? "end unknown" : showDate(m.end)}`;
  return `<li><span class="hnl-lineage-when">${escapeHtml(when)}</span> <strong>${escapeHtml(m.name)}</strong><br><span class="hnl-lineage-rel">${escapeHtml(relation(m, index === 0))}</span></li>`;
}

function relation(m: LineageMember, first: boolean): string {
  const a = m.after;
  const by = a === null ? "" : a.links.map((l) => `${l.rule.toLowerCase()} (${l.via.join("; ")})`).join("; ");
  if (m.relation === "first" || a === null)
    return first ? "First project of the family" : "No earlier linked project: a new branch of the family";
  if (m.relation === "follows") {
    const more = m.otherEarlier > 0 ? ` (and ${m.otherEarlier} more earlier project${m.otherEarlier === 1 ? "" : "s"})` : "";
    return `Follows ${a.name}, ${showMonths(a.months ?? 0)} later${more}. Linked by ${by}`;
  }
  if (m.relation === "alongside") return `Alongside ${a.name} (started within a year). Linked by ${by}`;
  return `No start date; linked to ${a.name} by ${by}`;
}
