// Everything the page shows, computed once per process from the typed loaders so that every
// loader of the notebook agrees.
import { type Rate, rate } from "@hnl/analysis";
import { countryName } from "@hnl/data";
import { type CaseProject, type CaseStudy, caseStudies } from "./case-studies.ts";
import { compareFirstProjects, type FirstProjectComparison, MIN_MEDIAN_N } from "./comparison.ts";
import { countryIncome, projectIncome } from "./country-income.ts";
import { firstDay, monthIndex, yearOf } from "./dates.ts";
import { type Family, families } from "./families.ts";
import { familyCountText } from "./family-counts.ts";
import { type FamilyName, familyName } from "./family-name.ts";
import { groupBy, type Link, type RuleId, sameSectorLinks } from "./family-rule.ts";
import { FOLLOW_ON_MIN_MONTHS, type FollowOn, followOns } from "./follow-ons.ts";
import { loadScaleInputs, type ScaleInputs } from "./inputs.ts";
import { organisationKind } from "./organisation-kind.ts";
import { type PractitionerAnswer, practitionerAnswer } from "./practitioner-answer.ts";
import { type ProjectFacts, projectFacts } from "./project-facts.ts";
import { projectProfiles } from "./project-profile.ts";
import { MAX_PAYER_PROJECTS } from "./rules/same-outcome-payer.ts";
import { RULES } from "./rules.ts";
import { type FirstProjectParties, MIN_SIGNAL_N, type SignalModel, type SignalRow, signalModel, signalRows } from "./signals.ts";
import { nameHead, timelineLabels } from "./timeline-labels.ts";

/** Families drawn on the timeline: at least this many projects, at most `TIMELINE_MAX_FAMILIES` (one colour each). */
export const TIMELINE_MIN_SIZE = 5;
export const TIMELINE_MAX_FAMILIES = 10;
/** Characters of a project's label on the timeline (year included): what fits a phone. */
export const TIMELINE_LABEL_LENGTH = 200;
/** Characters of a family's name in the timeline's legend. */
// Long enough that no name is cut: charts wrap long labels onto lines (a name may still drop an opening it shares with its family, shown as a leading "…").
export const TIMELINE_FAMILY_LENGTH = 200;

export interface RuleSummary {
  id: RuleId;
  title: string;
  reason: string;
  lineage: boolean;
  /** Pairs of projects the rule links. */
  links: number;
  /** Families the rule makes on its own (groups of two or more). */
  families: number;
  projects: number;
  largest: number;
  /** Of the rule's links, those whose later project starts at least a year after the earlier one. */
  followOns: number;
}

export interface LineageMember {
  id: string;
  name: string;
  start: string | null;
  end: string | null;
  /** first: nothing linked before it; follows: it started a year or more after a linked project; alongside: linked only to projects started within a year; undated. */
  relation: "first" | "follows" | "alongside" | "undated";
  /** The linked project it most directly follows or runs alongside, and what links them. */
  after: { id: string; name: string; months: number | null; links: { rule: string; via: string[] }[] } | null;
  /** Further earlier linked projects, counted. */
  otherEarlier: number;
}

export interface LineageFamily {
  id: string;
  /** Named after the provider, intervention or payer that links the most of its members (see `familyName`). */
  label: string;
  /** The same, short enough for the timeline's legend. */
  shortLabel: string;
  naming: FamilyName;
  /** The members' policy sector (every lineage rule links projects of one sector only). */
  sector: string | null;
  size: number;
  firstStart: string | null;
  lastStart: string | null;
  rules: string[];
  /** Members that started a year or more after a linked member. */
  followOns: number;
  /** The providers and payers whose links hold the family together, the one linking most pairs first. */
  organisations: string[];
  members: LineageMember[];
}

export interface TimelineRow {
  [key: string]: string;
  /** The bar's label: start year and a short name ("2018 …(Hillingdon)"). */
  project: string;
  /** The project's INDIGO id and full name. */
  id: string;
  name: string;
  family: string;
  start: string;
  end: string;
}

export interface FundCohort {
  fundId: string;
  fund: string;
  projects: number;
  firstStart: string | null;
  lastStart: string | null;
  /** Of its projects, those in a lineage family. */
  inLineageFamily: number;
  /** Of its projects, those followed by a later project of their family. */
  followed: number;
}

export interface WordingRow {
  id: string;
  name: string;
  phrase: string;
  start: string | null;
  family: string | null;
  /** Followed by a later project of its family. */
  followed: boolean;
  /** Follows an earlier project of its family. */
  followsEarlier: boolean;
}

/**
 * The family counts every table, figure and sentence of the page shows, computed once: the page,
 * the tables, the timeline and the findings all read them from here.
 */
export interface FamilyCounts {
  /** Lineage families (two or more projects) and the projects in them. */
  families: number;
  projects: number;
  /** Families drawn on the timeline (each with at least one bar), and the bars drawn. */
  drawnFamilies: number;
  drawnProjects: number;
  /** Outcomes funds with two or more projects, the distinct projects in them, and project-fund memberships (a project in two funds counts twice). */
  fundCohorts: number;
  fundProjects: number;
  fundMemberships: number;
}

export interface ScaleStudy {
  dataset: string;
  snapshot: string;
  projects: number;
  followOnMinMonths: number;
  /** Medians of fewer values than this are not shown. */
  minMedianN: number;
  /** Signal levels with fewer first projects than this are in the table only, not the chart. */
  minSignalN: number;
  maxPayerProjects: number;
  /** Payers left out of the payer rule, with how many projects each pays for. */
  programmePayers: { name: string; projects: number }[];
  /** The largest family the payer rule would make if it kept every payer. */
  uncappedPayerLargest: number;
  /** Projects whose notes record numbered phases inside the one record. */
  phasedInOneRecord: { id: string; name: string }[];
  rules: RuleSummary[];
  counts: FamilyCounts;
  /** Signals of scale: followed rate per characteristic of a first project, with 95% intervals. */
  signals: SignalRow[];
  model: SignalModel;
  caseStudies: CaseStudy[];
  /** Delivery countries of the compared first projects that GO Lab's Pipeline Dataset classifies by income, of all of them. */
  incomeCoverage: { classified: number; countries: number; highIncome: string[]; largestUnclassified: string[] };
  /** What to look for before scaling, and how sure the data lets us be. */
  answer: PractitionerAnswer;
  /** Follow-on pairs, projects followed and following, and the largest family's size (the family totals are in `counts`). */
  lineage: { followOns: number; followedProjects: number; followOnProjects: number; largest: number };
  /** The family-count sentences of the page, from `counts`. */
  countText: { lineage: string; timeline: string; funds: string };
  families: LineageFamily[];
  timeline: { rows: TimelineRow[]; families: number; projects: number; minSize: number; undrawn: { name: string; family: string }[] };
  fundCohorts: FundCohort[];
  pilots: WordingRow[];
  followOnWording: WordingRow[];
  comparison: FirstProjectComparison & { followedNames: { id: string; name: string; start: string | null }[] };
  coverage: { label: string; rate: Rate }[];
  /** The commonest delivery country among projects in lineage families, and its share there and overall. */
  familyCountry: { country: string; inFamilies: Rate; all: Rate };
  accounting: ScaleInputs["accounting"];
}

let cached: Promise<ScaleStudy> | undefined;

/** The notebook's numbers, computed once per process from the real data. */
export function scaleStudy(): Promise<ScaleStudy> {
  cached ??= loadScaleInputs().then(buildScaleStudy);
  return cached;
}

/** Runs every rule on the inputs and derives families, lineages, the timeline and the comparison. */
export function buildScaleStudy(inputs: ScaleInputs): ScaleStudy {
  const profiles = projectProfiles(inputs);
  const facts = projectFacts(inputs);
  const fact = new Map(facts.map((p) => [p.id, p]));
  const starts = new Map(profiles.map((p) => [p.id, p.start]));
  const orgName = new Map(inputs.organisations.map((o) => [o.id, o.name ?? o.id]));
  const fundName = new Map(inputs.funds.map((f) => [f.id, f.name ?? f.id]));
  const ruleTitle = new Map(RULES.map((r) => [r.id, r.title]));

  const linksByRule = new Map(RULES.map((r) => [r.id, r.link(profiles)]));
  const lineageLinks = RULES.filter((r) => r.lineage).flatMap((r) => linksByRule.get(r.id) ?? []);
  const follows = followOns(starts, lineageLinks);
  const lineageFamilies = families(starts, lineageLinks);
  const familyOf = new Map(lineageFamilies.flatMap((f) => f.members.map((m) => [m, f] as const)));
  const followedIds = new Set(follows.map((f) => f.earlier));
  const followOnIds = new Set(follows.map((f) => f.later));

  const describeVia = (rule: RuleId, via: string): string => {
    if (rule === "same-service-provider" || rule === "same-outcome-payer") return orgName.get(via) ?? via;
    if (rule === "same-outcomes-fund") return fundName.get(via) ?? via;
    if (rule === "same-intervention-name") return via.startsWith("acronym:") ? `acronym ${via.slice(8)}` : `"${via.slice(5)}"`;
    return `"${via}"`;
  };

  const rules: RuleSummary[] = RULES.map((r) => {
    const links = linksByRule.get(r.id) ?? [];
    const fams = families(starts, links);
    return {
      id: r.id,
      title: r.title,
      reason: r.reason,
      lineage: r.lineage,
      links: links.length,
      families: fams.length,
      projects: fams.reduce((n, f) => n + f.members.length, 0),
      largest: fams[0]?.members.length ?? 0,
      followOns: followOns(starts, links).length,
    };
  });

  const pairs = pairIndex(lineageLinks);
  const profile = new Map(profiles.map((p) => [p.id, p]));
  const describeLink = (l: Link): string => {
    if (l.rule !== "same-intervention-name") return describeVia(l.rule, l.via);
    if (l.via.startsWith("acronym:")) return l.via.slice(8);
    // A name stem: the head of the earliest member's name that carries it ("End of Life Care Integrator").
    const bearer = [l.a, l.b].sort((x, y) => (monthIndex(starts.get(x) ?? null) ?? 0) - (monthIndex(starts.get(y) ?? null) ?? 0))[0] ?? l.a;
    return nameHead(fact.get(bearer)?.name ?? l.via.slice(5));
  };
  const familiesOut = lineageFamilies.map((f) =>
    lineageFamily(
      f,
      fact,
      follows,
      pairs,
      ruleTitle,
      describeVia,
      familyName(f.members, lineageLinks, describeLink),
      profile.get(f.members[0] ?? "")?.policySector ?? null,
    ),
  );
  const label = new Map(familiesOut.map((f) => [f.id, f.label]));

  // Timeline: the largest families, one bar per project with a start and an end.
  // Only families with at least one project that has both dates can be drawn: a family with none
  // would be counted in the title and show no bar.
  const drawn = familiesOut
    .filter((f) => f.size >= TIMELINE_MIN_SIZE && f.members.some((m) => m.start !== null && m.end !== null))
    .slice(0, TIMELINE_MAX_FAMILIES);
  const rows: TimelineRow[] = [];
  const undrawn: { name: string; family: string }[] = [];
  for (const f of drawn) {
    // Labels are made among all the family's projects, so that a shared opening is cut even
    // when its other bearers have no end date.
    const labels = timelineLabels(
      f.members.map((m) => ({ name: m.name, year: (m.start ?? "").slice(0, 4) })),
      TIMELINE_LABEL_LENGTH,
    );
    f.members.forEach((m, i) => {
      if (m.start === null || m.end === null) undrawn.push({ name: m.name, family: f.label });
      else
        rows.push({
          project: labels[i] ?? m.name,
          id: m.id,
          name: m.name,
          family: f.shortLabel,
          start: firstDay(m.start),
          end: firstDay(m.end),
        });
    });
  }

  // Fund cohorts: one per outcomes fund with two or more projects (a project in two funds is in both).
  const fundMembers = new Map<string, string[]>();
  for (const p of profiles) for (const fund of p.funds) fundMembers.set(fund, [...(fundMembers.get(fund) ?? []), p.id]);
  const fundCohorts: FundCohort[] = [...fundMembers]
    .filter(([, members]) => members.length > 1)
    .map(([fundId, members]) => {
      const dated = members
        .map((m) => starts.get(m) ?? null)
        .filter((d): d is string => d !== null)
        .sort((a, b) => (monthIndex(a) ?? 0) - (monthIndex(b) ?? 0));
      return {
        fundId,
        fund: fundName.get(fundId) ?? fundId,
        projects: members.length,
        firstStart: dated[0] ?? null,
        lastStart: dated[dated.length - 1] ?? null,
        inLineageFamily: members.filter((m) => familyOf.has(m)).length,
        followed: members.filter((m) => followedIds.has(m)).length,
      };
    })
    .sort((a, b) => b.projects - a.projects || a.fund.localeCompare(b.fund));

  const wording = (phrase: (p: ProjectFacts) => string | null): WordingRow[] =>
    facts.flatMap((p) => {
      const w = phrase(p);
      if (w === null) return [];
      const fam = familyOf.get(p.id);
      return [
        {
          id: p.id,
          name: p.name,
          phrase: w,
          start: p.start,
          family: fam === undefined ? null : (label.get(fam.id) ?? null),
          followed: followedIds.has(p.id),
          followsEarlier: followOnIds.has(p.id),
        },
      ];
    });

  const horizonYear = Math.max(...inputs.projects.map((p) => yearOf(p.dateOutcomesContractSigned) ?? 0));
  const comparison = compareFirstProjects(facts, follows, horizonYear);
  const payerCounts = new Map<string, number>();
  for (const p of profiles) for (const o of p.payers) payerCounts.set(o, (payerCounts.get(o) ?? 0) + 1);
  const n = facts.length;

  // Signals: the kinds of each project's payers and providers, from their link rows.
  const orgById = new Map(inputs.organisations.map((o) => [o.id, o]));
  const parties = new Map<string, FirstProjectParties>();
  const partiesOf = (id: string) => {
    const x = parties.get(id) ?? { payerKinds: [], providerKinds: [] };
    parties.set(id, x);
    return x as {
      payerKinds: FirstProjectParties["payerKinds"][number][];
      providerKinds: FirstProjectParties["providerKinds"][number][];
      income?: string;
    };
  };
  for (const c of inputs.commitments)
    partiesOf(c.projectId).payerKinds.push(
      organisationKind(c.organisationRoleCategory, c.organisationId === null ? undefined : orgById.get(c.organisationId)),
    );
  for (const c of inputs.provisions)
    partiesOf(c.projectId).providerKinds.push(
      organisationKind(c.organisationRoleCategory, c.organisationId === null ? undefined : orgById.get(c.organisationId)),
    );
  // Country income: GO Lab's groups from the Pipeline Dataset, for the countries it classifies.
  const income = countryIncome(inputs.pipelines);
  const codes = new Map<string, string[]>();
  for (const l of inputs.locations)
    if (l.country !== null && !(codes.get(l.projectId) ?? []).includes(l.country))
      codes.set(l.projectId, [...(codes.get(l.projectId) ?? []), l.country]);
  for (const p of facts) partiesOf(p.id).income = projectIncome(codes.get(p.id) ?? [], income);
  const compared = new Set([...comparison.followed, ...comparison.notFollowed]);
  const firstCountries = new Set([...compared].flatMap((id) => codes.get(id) ?? []));
  const incomeCoverage = {
    classified: [...firstCountries].filter((c) => income.has(c)).length,
    countries: firstCountries.size,
    highIncome: [...firstCountries]
      .filter((c) => income.get(c) === "High income")
      .map((c) => countryName(c))
      .sort(),
    // The unclassified countries with the most compared first projects, most first.
    largestUnclassified: [...firstCountries]
      .filter((c) => !income.has(c))
      .map((c) => ({ c, n: [...compared].filter((id) => (codes.get(id) ?? []).includes(c)).length }))
      .sort((x, y) => y.n - x.n || x.c.localeCompare(y.c))
      .slice(0, 3)
      .map((x) => countryName(x.c)),
  };
  const firstInWindow = facts.filter((p) => compared.has(p.id));
  const followedSet = new Set(comparison.followed);
  const signals = signalRows(firstInWindow, followedSet, parties);
  const model = signalModel(firstInWindow, followedSet, parties);

  // Case studies: what the dataset records about each project, for the families' timelines.
  const names = (ids: readonly string[]) => ids.map((o) => orgName.get(o) ?? o);
  const places = new Map<string, string[]>();
  for (const l of inputs.locations) {
    const place = l.name ?? l.adminAreaName ?? null;
    if (place !== null && !(places.get(l.projectId) ?? []).includes(place))
      places.set(l.projectId, [...(places.get(l.projectId) ?? []), place]);
  }
  const caseProject = new Map(
    profiles.map((p): [string, CaseProject] => {
      const f = fact.get(p.id);
      return [
        p.id,
        {
          id: p.id,
          name: p.name,
          start: p.start,
          stage: f?.stage ?? null,
          providers: names(p.providers),
          payers: names(p.payers),
          places: places.get(p.id) ?? f?.countries ?? [],
          capitalUsd: f?.capitalUsd ?? null,
          targetedUsers: f?.targetedUsers ?? null,
          resultRows: f?.resultRows ?? 0,
          wording: f?.followOnWording ?? f?.pilotWording ?? null,
        },
      ];
    }),
  );
  const followOnWordingRows = wording((p) => p.followOnWording);

  const counts: FamilyCounts = {
    families: lineageFamilies.length,
    projects: lineageFamilies.reduce((s, f) => s + f.members.length, 0),
    drawnFamilies: new Set(rows.map((r) => r.family)).size,
    drawnProjects: rows.length,
    fundCohorts: fundCohorts.length,
    fundProjects: new Set(fundCohorts.flatMap((f) => fundMembers.get(f.fundId) ?? [])).size,
    fundMemberships: fundCohorts.reduce((s, f) => s + f.projects, 0),
  };
  const count = (has: (p: ProjectFacts) => boolean) => rate(facts.filter(has).length, n);

  return {
    dataset: "INDIGO Impact Bond Dataset",
    snapshot: inputs.snapshot,
    projects: n,
    followOnMinMonths: FOLLOW_ON_MIN_MONTHS,
    minMedianN: MIN_MEDIAN_N,
    minSignalN: MIN_SIGNAL_N,
    maxPayerProjects: MAX_PAYER_PROJECTS,
    programmePayers: [...payerCounts]
      .filter(([, c]) => c > MAX_PAYER_PROJECTS)
      .map(([id, c]) => ({ name: orgName.get(id) ?? id, projects: c }))
      .sort((a, b) => b.projects - a.projects || a.name.localeCompare(b.name)),
    uncappedPayerLargest:
      families(
        starts,
        sameSectorLinks(
          "same-outcome-payer",
          groupBy(profiles, (p) => p.payers),
        ),
      )[0]?.members.length ?? 0,
    phasedInOneRecord: inputs.projects
      .filter((p) => /\bphase ?(?:1|one|i)\b[\s\S]*\bphase ?(?:2|two|ii)\b/i.test([p.datesNotes, p.beneficiariesNotes, p.notes].join(" ")))
      .map((p) => ({ id: p.id, name: p.name })),
    // The cohort rule is reported as its funds (a project in two funds would otherwise merge two cohorts into one "family").
    rules: rules.map((r) =>
      r.lineage ? r : { ...r, families: counts.fundCohorts, projects: counts.fundProjects, largest: fundCohorts[0]?.projects ?? 0 },
    ),
    counts,
    signals,
    model,
    caseStudies: caseStudies(familiesOut, followOnWordingRows, caseProject, inputs.documents),
    answer: practitionerAnswer(model, signals),
    incomeCoverage,
    countText: familyCountText(counts, n, RULES.filter((r) => r.lineage).length),
    lineage: {
      followOns: follows.length,
      followedProjects: followedIds.size,
      followOnProjects: followOnIds.size,
      largest: lineageFamilies[0]?.members.length ?? 0,
    },
    families: familiesOut,
    timeline: { rows, families: new Set(rows.map((r) => r.family)).size, projects: rows.length, minSize: TIMELINE_MIN_SIZE, undrawn },
    fundCohorts,
    pilots: wording((p) => p.pilotWording),
    followOnWording: followOnWordingRows,
    comparison: {
      ...comparison,
      followedNames: comparison.followed.map((id) => ({ id, name: fact.get(id)?.name ?? id, start: fact.get(id)?.start ?? null })),
    },
    coverage: [
      { label: "A start date (service start, else contract signature)", rate: count((p) => p.start !== null) },
      { label: "An end of service (date or duration)", rate: count((p) => p.end !== null) },
      { label: "Capital raised in USD (exact)", rate: count((p) => p.capitalUsd !== null) },
      { label: "Targeted service users", rate: count((p) => p.targetedUsers !== null) },
      { label: "Maximum outcome payment in USD", rate: count((p) => p.maxOutcomePaymentUsd !== null) },
      { label: "Total outcome payments made in USD", rate: count((p) => p.totalOutcomePaymentsUsd !== null) },
      { label: "Both payments made and maximum (the payment share)", rate: count((p) => p.paymentsOfMax !== null) },
      { label: "Any row in the results table", rate: count((p) => p.resultRows > 0) },
    ],
    familyCountry: commonestCountry(facts, familyOf),
    accounting: inputs.accounting,
  };
}

function commonestCountry(facts: readonly ProjectFacts[], familyOf: ReadonlyMap<string, Family>): ScaleStudy["familyCountry"] {
  const inFamilies = facts.filter((p) => familyOf.has(p.id));
  const counts = new Map<string, number>();
  for (const p of inFamilies) for (const c of p.countries) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [country, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ["none", 0];
  return {
    country,
    inFamilies: rate(n, inFamilies.length),
    all: rate(facts.filter((p) => p.countries.includes(country)).length, facts.length),
  };
}

type PairIndex = Map<string, { rules: RuleId[]; via: { rule: RuleId; via: string }[] }>;

function pairIndex(links: readonly Link[]): PairIndex {
  const m: PairIndex = new Map();
  for (const l of links) {
    const key = `${l.a}|${l.b}`;
    const e = m.get(key) ?? { rules: [], via: [] };
    if (!e.rules.includes(l.rule)) e.rules.push(l.rule);
    if (!e.via.some((v) => v.rule === l.rule && v.via === l.via)) e.via.push({ rule: l.rule, via: l.via });
    m.set(key, e);
  }
  return m;
}

function lineageFamily(
  f: Family,
  fact: ReadonlyMap<string, ProjectFacts>,
  follows: readonly FollowOn[],
  pairs: PairIndex,
  ruleTitle: ReadonlyMap<RuleId, string>,
  describeVia: (rule: RuleId, via: string) => string,
  naming: FamilyName,
  sector: string | null,
): LineageFamily {
  const name = (id: string) => fact.get(id)?.name ?? id;
  const start = (id: string) => fact.get(id)?.start ?? null;
  const pairOf = (x: string, y: string) => pairs.get(x < y ? `${x}|${y}` : `${y}|${x}`);
  const linkText = (x: string, y: string) => {
    const p = pairOf(x, y);
    return {
      links: (p?.rules ?? []).map((r) => ({
        rule: ruleTitle.get(r) ?? r,
        via: [...new Set((p?.via ?? []).filter((v) => v.rule === r).map((v) => describeVia(v.rule, v.via)))],
      })),
    };
  };
  const inFamily = new Set(f.members);
  const members = f.members.map((id): LineageMember => {
    const base = { id, name: name(id), start: start(id), end: fact.get(id)?.end ?? null };
    const earlier = follows.filter((x) => x.later === id && inFamily.has(x.earlier)).sort((a, b) => a.months - b.months);
    const nearest = earlier[0];
    if (nearest !== undefined) {
      return {
        ...base,
        relation: "follows",
        after: { id: nearest.earlier, name: name(nearest.earlier), months: nearest.months, ...linkText(id, nearest.earlier) },
        otherEarlier: earlier.length - 1,
      };
    }
    const linked = f.members.filter((o) => o !== id && pairOf(id, o) !== undefined);
    const mine = monthIndex(base.start);
    if (mine === null) {
      const o = linked[0];
      return {
        ...base,
        relation: "undated",
        after: o === undefined ? null : { id: o, name: name(o), months: null, ...linkText(id, o) },
        otherEarlier: 0,
      };
    }
    // Linked only to projects that started within a year: alongside the nearest one that started no later.
    const alongside = linked
      .map((o) => ({ o, s: monthIndex(start(o)) }))
      .filter((x): x is { o: string; s: number } => x.s !== null && x.s <= mine && !(x.s === mine && x.o > id))
      .sort((a, b) => b.s - a.s)[0];
    if (alongside === undefined) return { ...base, relation: "first", after: null, otherEarlier: 0 };
    return {
      ...base,
      relation: "alongside",
      after: { id: alongside.o, name: name(alongside.o), months: mine - alongside.s, ...linkText(id, alongside.o) },
      otherEarlier: 0,
    };
  });
  const dated = f.members.map(start).filter((s): s is string => s !== null);
  return {
    id: f.id,
    label: shorten(naming.label, 200),
    shortLabel: shorten(naming.label, TIMELINE_FAMILY_LENGTH),
    naming,
    sector,
    size: f.members.length,
    firstStart: dated[0] ?? null,
    lastStart: dated[dated.length - 1] ?? null,
    rules: f.rules.map((r) => ruleTitle.get(r) ?? r),
    followOns: members.filter((m) => m.relation === "follows").length,
    organisations: linkingOrganisations(pairs, inFamily, describeVia),
    members,
  };
}

/** The providers and payers that link a family's projects, the one linking most pairs first. */
function linkingOrganisations(
  pairs: PairIndex,
  inFamily: ReadonlySet<string>,
  describeVia: (rule: RuleId, via: string) => string,
): string[] {
  const counts = new Map<string, number>();
  for (const [key, e] of pairs) {
    if (!inFamily.has(key.split("|")[0] ?? "")) continue;
    for (const v of e.via) {
      if (v.rule !== "same-service-provider" && v.rule !== "same-outcome-payer") continue;
      const name = describeVia(v.rule, v.via);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
}

/** A name cut to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(name: string, max: number): string {
  const t = name.trim().replace(/\s+/g, " ");
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(-]+$/, "")}…`;
}
