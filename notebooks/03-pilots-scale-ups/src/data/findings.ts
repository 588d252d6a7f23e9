import type { Finding } from "@hnl/report";
// The notebook's structured findings for the report, written from the study's numbers so that
// no figure in them is typed by hand.
import type { CategoryRow, MeasureRow } from "./comparison.ts";
import { showMeasure } from "./format.ts";
import type { ScaleStudy } from "./scale-study.ts";

/** A finding as `findings.json` records it: the report's own schema is the type. */
export type { Finding };

/** The figure and table ids the page shows, which a finding may cite. */
export const EVIDENCE_IDS = [
  "family-rules",
  "programme-payers",
  "family-timeline",
  "family-lineage",
  "fund-cohorts",
  "first-project-comparison",
  "first-project-properties",
  "followed-by-rule",
  "scale-signals",
  "scale-signals-chart",
  "signal-model",
  "case-study-timelines",
  "followed-by-sector",
  "followed-by-region",
  "self-described-pilots",
  "self-described-follow-ons",
  "data-coverage",
  "row-accounting",
] as const;

/** Categories with at least this many first projects are compared by name in the findings. */
const MIN_CATEGORY = 10;

const more = (a: number | null, b: number | null, up: string, down: string, same: string) =>
  a === null || b === null ? "not comparable" : a > b ? up : a < b ? down : same;

/**
 * Three to six findings from the study: the families the rules find, how often first projects
 * were followed and by something bigger, how followed first projects differ, where, and what the
 * data cannot show. Each names the page's figures and tables it rests on.
 */
export function buildFindings(s: ScaleStudy): Finding[] {
  const c = s.comparison;
  const m = new Map(c.measures.map((x) => [x.id, x]));
  const p = new Map(c.properties.map((x) => [x.id, x]));
  const startYear = m.get("start-year") as MeasureRow;
  const fund = p.get("outcomes-fund");
  const complete = p.get("complete");
  const results = p.get("results");
  const finalResults = p.get("final-results");
  const lineageRules = s.rules.filter((r) => r.lineage);
  const signalOf = (characteristic: string, level: string) =>
    s.signals.find((r) => r.characteristic === characteristic && r.level === level)?.followed.label ?? "not recorded";

  const compared = (rows: readonly CategoryRow[]) => rows.filter((r) => r.firstProjects >= MIN_CATEGORY && r.category !== "Not recorded");
  const top = (rows: readonly CategoryRow[]) =>
    [...compared(rows)].sort((a, b) => (b.rate.value ?? 0) - (a.rate.value ?? 0) || b.firstProjects - a.firstProjects)[0];
  const none = (rows: readonly CategoryRow[]) => compared(rows).filter((r) => r.followed === 0);
  // Does the top category's interval overlap the next one's? Then "most often" is not a clear lead.
  const overlaps = (rows: readonly CategoryRow[]) => {
    const [first, second] = [...compared(rows)].sort(
      (a, b) => (b.rate.value ?? 0) - (a.rate.value ?? 0) || b.firstProjects - a.firstProjects,
    );
    return first !== undefined && second !== undefined && (first.rate.lower ?? 0) <= (second.rate.upper ?? 1);
  };
  const topSector = top(c.bySector);
  const topRegion = top(c.byRegion);
  const zero = [...none(c.bySector), ...none(c.byRegion)];
  const pilots = s.pilots.length;
  const pilotsFollowed = s.pilots.filter((x) => x.followed).length;
  const coverage = new Map(s.coverage.map((x) => [x.label, x.rate]));
  const paymentShare = [...coverage].find(([k]) => k.startsWith("Both payments"))?.[1];

  const findings: Finding[] = [
    {
      id: "F3.1",
      statement: `The data has no pilot flag, so families were found by rule. ${lineageRules.length} lineage rules (${lineageRules.map((r) => `${r.title.toLowerCase()}: ${r.families} families`).join("; ")}) together tie ${s.counts.projects} of the ${s.projects} projects into ${s.counts.families} families, the largest of ${s.lineage.largest} projects; ${s.lineage.followOnProjects} projects started at least ${s.followOnMinMonths} months after a project they are linked to. Outcomes funds, kept apart as cohorts, group ${s.counts.fundProjects} projects in ${s.counts.fundCohorts} funds of two or more.`,
      evidence: ["family-rules", "family-timeline", "family-lineage", "fund-cohorts"],
      confidence: "medium",
      status: "draft",
    },
    {
      id: "F3.2",
      statement: `Of the first projects that started by ${c.lastStartYear} (at least ${c.windowYears} years before the latest outcomes contract in the data, signed in ${c.horizonYear}), ${c.followedRate.label} were followed by a later project of their family. In ${c.followedByBigger.label} of the followed ones where size can be compared, a follow-on raised more capital or targeted more service users. Of the follow-on pairs that start from a first project, ${c.followOnsWithinWindow.label} began within ${c.windowYears} years.`,
      evidence: ["first-project-comparison", "followed-by-rule", "family-lineage"],
      confidence: "medium",
      status: "draft",
    },
    {
      id: "F3.3",
      statement: `Completed first projects were followed more often than those still running (${complete?.followed.numerator} of the ${c.followed.length} followed are complete; ${signalOf("Completed (stage Complete)", "Yes")} of completed first projects were followed against ${signalOf("Completed (stage Complete)", "No")} of the others), and so were those contracted through an outcomes fund (${signalOf("Contracted through an outcomes fund", "Yes")} against ${signalOf("Contracted through an outcomes fund", "No")}). In an exploratory model of ${s.model.fit.n} first projects (${s.model.fit.events} followed), ${s.answer.model
        .filter((t) => t.direction !== "unclear")
        .map((t) => `${t.plain} keeps an ${t.text.slice(t.name.length + 2)}`)
        .join("; ")}; for ${s.answer.model
        .filter((t) => t.direction === "unclear")
        .map((t) => t.plain)
        .join(", ")
        .replace(
          /, ([^,]*)$/,
          " and $1",
        )} the interval includes 1. These are associations: a completed project has also had longer to be followed.`,
      evidence: ["scale-signals", "signal-model", "first-project-properties"],
      confidence: "low",
      status: "draft",
    },
    {
      id: "F3.4",
      statement: `Followed first projects differ from the others in their context: ${fund?.followed.label} of the followed were contracted through an outcomes fund, against ${fund?.notFollowed.label} of the others; ${complete?.followed.label} are complete, against ${complete?.notFollowed.label}; results are reported for ${results?.followed.label}, against ${results?.notFollowed.label} (final results ${finalResults?.followed.label} against ${finalResults?.notFollowed.label}). The followed started ${more(startYear.followed.median, startYear.notFollowed.median, "later", "earlier", "in the same year")} (median ${showMeasure(startYear.followed.median, "year")} against ${showMeasure(startYear.notFollowed.median, "year")}), so time to be followed and to finish explains part of the gap.`,
      evidence: ["first-project-properties", "first-project-comparison", "fund-cohorts"],
      confidence: "medium",
      status: "draft",
    },
    {
      id: "F3.5",
      statement: `Among sectors and regions with at least ${MIN_CATEGORY} first projects, ${topSector === undefined ? "no sector stands out" : `${topSector.category.toLowerCase()} projects were followed most often, ${topSector.rate.label},`} and ${topRegion === undefined ? "no region stands out" : `${topRegion.category} most often among regions, ${topRegion.rate.label}`}${zero.length === 0 ? "" : `; no first project was followed in ${zero.map((z) => `${c.bySector.includes(z) ? z.category.toLowerCase() : z.category} (0 of ${z.firstProjects})`).join(" or ")}`}. The rules find families most easily where providers and payers recur: ${s.familyCountry.inFamilies.label} of the projects in lineage families have ${s.familyCountry.country} among their delivery countries, against ${s.familyCountry.all.label} of all projects.${
        overlaps(c.bySector) || overlaps(c.byRegion)
          ? " The 95% intervals of the leading sector or region overlap those of the next, so these rankings are not firm."
          : ""
      }`,
      evidence: ["followed-by-sector", "followed-by-region", "family-lineage"],
      confidence: "low",
      status: "draft",
    },
    {
      id: "F3.6",
      statement: `The data can show which projects were followed, not when a project has the power to scale: there is no pilot flag (${pilots} projects call themselves a pilot and ${pilotsFollowed} of them were followed), only ${s.followOnWording.length} say they follow on or scale up, both outcome payments made and their maximum are recorded for ${paymentShare?.label ?? "few"} projects, and a follow-on that changed provider, payer and name, or was never recorded in INDIGO, is invisible to the rules.`,
      evidence: ["self-described-pilots", "self-described-follow-ons", "data-coverage"],
      confidence: "high",
      status: "draft",
    },
  ];
  return findings.map((f) => ({ ...f, statement: f.statement.replace(/\s+/g, " ").trim() }));
}
