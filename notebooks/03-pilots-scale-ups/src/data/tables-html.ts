// Every table of the page, as escaped HTML with stable ids the findings cite.
import { tooFew } from "@hnl/analysis";
import { MIN_MEDIAN_N } from "./comparison.ts";
import { showDate, showMeasure } from "./format.ts";
import { htmlTable } from "./html-table.ts";
import type { ScaleStudy, WordingRow } from "./scale-study.ts";

/** A project's family and where it stands in it, briefly: "West London Zone (follows)". */
const place = (w: WordingRow) => {
  if (w.family === null) return "none";
  const role = w.followsEarlier && w.followed ? "follows, followed" : w.followsEarlier ? "follows" : w.followed ? "followed" : "alongside";
  return `${w.family} (${role})`;
};

/** The Impact Bond Dataset's tables that the study reads, named in words for readers. */
export const TABLE_TITLES: Record<ScaleStudy["accounting"][number]["table"], string> = {
  projects: "Projects",
  outcome_payment_commitments: "Outcome payment commitments (who pays for each project's outcomes)",
  service_provisions: "Service provisions (who delivers each project)",
  outcome_funds: "Projects' outcomes funds (the outcomes fund each project is part of)",
  funds: "Outcomes funds",
  results: "Results",
  delivery_locations: "Delivery locations",
  organisations: "Organisations",
  documents: "Documents (case studies and reports INDIGO lists for each project)",
  pipelines: "Pipeline Dataset projects (read only for GO Lab's income group of the countries they serve)",
};

/** The page's tables, each in its own scrolling region, concatenated. */
export function tablesHtml(s: ScaleStudy): string {
  const c = s.comparison;
  const wordingRows = (rows: readonly WordingRow[]) => rows.map((w) => [w.name, showDate(w.start), `"${w.phrase}"`, place(w)]);
  const wordingColumns = [{ title: "Project" }, { title: "Started" }, { title: "Wording" }, { title: "Family (place in it)" }];
  // A median of fewer than MIN_MEDIAN_N values is not shown: "100% (3 of 166)" would look like a finding.
  const value = (v: { median: number | null; n: number; of: number }, unit: Parameters<typeof showMeasure>[1]) =>
    v.n === 0
      ? `none recorded (0 of ${v.of})`
      : tooFew(v.n, MIN_MEDIAN_N)
        ? `too few to compare (recorded for ${v.n} of ${v.of})`
        : `${showMeasure(v.median, unit)} (${v.n} of ${v.of} projects)`;
  const c3 = s.counts;
  const lineageRules = s.rules.filter((r) => r.lineage);
  const ruleTitle = new Map(s.rules.map((r) => [r.id, r.title]));
  return [
    htmlTable({
      id: "family-rules",
      caption: `What each family rule finds on its own, and the lineage rules together (pairs: linked pairs of projects; follow-ons: those started a year or more apart; for the outcomes-fund rule, families are the ${c3.fundCohorts} funds of two or more projects)`,
      columns: [
        { title: "Rule" },
        { title: "Families", numeric: true },
        { title: "Projects", numeric: true },
        { title: "Largest", numeric: true },
        { title: "Pairs", numeric: true },
        { title: "Follow-ons", numeric: true },
      ],
      rows: [
        ...lineageRules.map((r) => [r.title, r.families, r.projects, r.largest, r.links, r.followOns]),
        [`All ${lineageRules.length} lineage rules together`, c3.families, c3.projects, s.lineage.largest, null, s.lineage.followOns],
        ...s.rules.filter((r) => !r.lineage).map((r) => [r.title, r.families, r.projects, r.largest, r.links, r.followOns]),
      ],
    }),
    htmlTable({
      id: "programme-payers",
      caption: `Payers of more than ${s.maxPayerProjects} projects, left out of the payer rule`,
      columns: [{ title: "Outcome payer" }, { title: "Projects it pays for", numeric: true }],
      rows: s.programmePayers.map((p) => [p.name, p.projects]),
    }),
    htmlTable({
      id: "fund-cohorts",
      caption: `Outcomes-fund cohorts: when their projects started, how many are in a lineage family, and how many were followed by a later project of their family. ${s.countText.funds}`,
      columns: [
        { title: "Outcomes fund" },
        { title: "Projects", numeric: true },
        { title: "First start" },
        { title: "Last start" },
        { title: "In a family", numeric: true },
        { title: "Followed", numeric: true },
      ],
      rows: [
        ...s.fundCohorts.map((f) => [f.fund, f.projects, showDate(f.firstStart), showDate(f.lastStart), f.inLineageFamily, f.followed]),
        [`All ${c3.fundCohorts} funds (projects in two funds counted twice)`, c3.fundMemberships, null, null, null, null],
      ],
    }),
    htmlTable({
      id: "first-project-comparison",
      caption: `First projects started by ${c.lastStartYear}: followed by a later project of their family or not (medians)`,
      columns: [
        { title: "Measure" },
        { title: `Followed (${c.followed.length} projects)` },
        { title: `Not followed (${c.notFollowed.length} projects)` },
      ],
      rows: c.measures.map((m) => [m.measure, value(m.followed, m.unit), value(m.notFollowed, m.unit)]),
    }),
    htmlTable({
      id: "first-project-properties",
      caption: `First projects started by ${c.lastStartYear}: shares with each property, with 95% confidence intervals`,
      columns: [{ title: "Property" }, { title: "Followed" }, { title: "Not followed" }],
      rows: c.properties.map((p) => [p.property, p.followed.label, p.notFollowed.label]),
    }),
    htmlTable({
      id: "scale-signals",
      caption: `Signals of scale: of the ${c.inWindow} first projects started by ${c.lastStartYear}, the share with each characteristic that was followed by a later project of their family, with its 95% confidence interval (a project delivering in two regions counts in both)`,
      columns: [{ title: "Characteristic of the first project" }, { title: "Level" }, { title: "Followed (95% CI)" }],
      rows: s.signals.map((r) => [r.characteristic, r.level, r.followed.label]),
    }),
    htmlTable({
      id: "signal-model",
      caption: `Exploratory model of being followed (association, not cause): odds ratios from a Firth-penalised logistic regression on ${s.model.fit.n} first projects, ${s.model.fit.events} of them followed, each adjusted for the others`,
      columns: [
        { title: "Characteristic" },
        { title: "Odds ratio", numeric: true },
        { title: "95% CI" },
        { title: "Projects with it", numeric: true },
      ],
      rows: s.model.terms.map((t, i) => [
        t.name,
        t.oddsRatio.toFixed(2),
        `${t.lower.toFixed(2)}–${t.upper.toFixed(2)}`,
        s.model.withIt[i] ?? null,
      ]),
    }),
    htmlTable({
      id: "followed-by-rule",
      caption: `First projects started by ${c.lastStartYear} with a follow-on linked by each rule`,
      columns: [{ title: "Rule" }, { title: "First projects followed" }],
      rows: c.followedByRule.map((r) => [ruleTitle.get(r.rule) ?? r.rule, r.rate.label]),
    }),
    htmlTable({
      id: "self-described-pilots",
      caption:
        "Projects that call themselves a pilot, with their family and their place in it (follows an earlier project, followed by a later one, or alongside)",
      columns: wordingColumns,
      rows: wordingRows(s.pilots),
    }),
    htmlTable({
      id: "self-described-follow-ons",
      caption: "Projects that say they follow on or scale up, with their family and their place in it",
      columns: wordingColumns,
      rows: wordingRows(s.followOnWording),
    }),
    htmlTable({
      id: "data-coverage",
      caption: "How many projects record what the comparison needs",
      columns: [{ title: "Field" }, { title: "Projects with it" }],
      rows: s.coverage.map((r) => [r.label, r.rate.label]),
    }),
    htmlTable({
      id: "row-accounting",
      caption: "Records read, accepted and rejected in each table of the Impact Bond Dataset that the study uses",
      columns: [
        { title: "Table" },
        { title: "Rows in", numeric: true },
        { title: "Accepted", numeric: true },
        { title: "Rejected", numeric: true },
      ],
      rows: s.accounting.map((a) => [TABLE_TITLES[a.table], a.rowsIn, a.accepted, a.rejected]),
    }),
  ].join("\n");
}
