// First projects that were followed by a later project of their family, against those that were not.
import { type Proportion, proportion, type Rate, rate } from "@hnl/analysis";
import { yearOf } from "./dates.ts";
import type { RuleId } from "./family-rule.ts";
import type { FollowOn } from "./follow-ons.ts";
import { median } from "./median.ts";
import type { ProjectFacts } from "./project-facts.ts";

/**
 * Years a first project must have had for a follow-on to appear: projects that started later
 * than `horizon - FOLLOW_WINDOW_YEARS` are left out of the comparison, since a follow-on of a
 * recent project would not be in the data yet.
 */
export const FOLLOW_WINDOW_YEARS = 4;

/** A median resting on fewer values than this is not shown or compared (a median of 3 is one project's value). */
export const MIN_MEDIAN_N = 10;

export interface GroupValue {
  median: number | null;
  /** Projects of the group with the value recorded. */
  n: number;
  /** Projects in the group. */
  of: number;
}

export interface MeasureRow {
  id: "start-year" | "capital" | "duration" | "targeted-users" | "payments-of-max";
  measure: string;
  unit: "year" | "usd" | "months" | "people" | "share";
  followed: GroupValue;
  notFollowed: GroupValue;
}

export interface PropertyRow {
  id: string;
  property: string;
  /** Shares with their 95% Wilson intervals. */
  followed: Proportion;
  notFollowed: Proportion;
}

export interface CategoryRow {
  category: string;
  firstProjects: number;
  followed: number;
  /** Followed of first projects, as "3 of 12 (25%; 95% CI 9–53%)". */
  rate: Proportion;
}

export interface FirstProjectComparison {
  /** The latest year any outcomes contract in the data was signed: the data's horizon. */
  horizonYear: number;
  windowYears: number;
  /** First projects that started in or before this year are compared. */
  lastStartYear: number;
  /** Projects with a known start that follow no earlier linked project. */
  firstProjects: number;
  /** Of those, the ones that started in or before `lastStartYear`. */
  inWindow: number;
  followed: string[];
  notFollowed: string[];
  /** Followed of first projects in the window, as "43 of 209 (21%)". */
  followedRate: Rate;
  /** Follow-ons (of any first project) that started within `windowYears` of the project they follow. */
  followOnsWithinWindow: Rate;
  /** First projects in the window with a follow-on linked by each rule (a follow-on may be linked by several). */
  followedByRule: { rule: RuleId; rate: Rate }[];
  /** Followed first projects with a follow-on larger in capital or targeted users, of those where either could be compared. */
  followedByBigger: Rate;
  measures: MeasureRow[];
  properties: PropertyRow[];
  bySector: CategoryRow[];
  byRegion: CategoryRow[];
}

/**
 * Splits first projects (a known start, and no linked project starting a year or more before
 * them) that started at least `windowYears` before the horizon into those followed by a later
 * project of their family and those not, and compares the two groups: medians of money, length
 * and size with how many projects each rests on, shares with their denominators, and the rate of
 * being followed by sector and by region.
 */
export function compareFirstProjects(
  facts: readonly ProjectFacts[],
  follows: readonly FollowOn[],
  horizonYear: number,
  windowYears = FOLLOW_WINDOW_YEARS,
): FirstProjectComparison {
  const lastStartYear = horizonYear - windowYears;
  const isFollowOn = new Set(follows.map((f) => f.later));
  const hasFollowOn = new Set(follows.map((f) => f.earlier));
  const first = facts.filter((p) => p.start !== null && !isFollowOn.has(p.id));
  const inWindow = first.filter((p) => (yearOf(p.start) ?? Number.POSITIVE_INFINITY) <= lastStartYear);
  const followed = inWindow.filter((p) => hasFollowOn.has(p.id));
  const notFollowed = inWindow.filter((p) => !hasFollowOn.has(p.id));
  const byId = new Map(facts.map((p) => [p.id, p]));
  const followedIds = new Set(followed.map((p) => p.id));

  const value = (group: readonly ProjectFacts[], get: (p: ProjectFacts) => number | null): GroupValue => {
    const v = group.map(get).filter((x): x is number => x !== null);
    return { median: median(v), n: v.length, of: group.length };
  };
  const measure = (id: MeasureRow["id"], label: string, unit: MeasureRow["unit"], get: (p: ProjectFacts) => number | null): MeasureRow => ({
    id,
    measure: label,
    unit,
    followed: value(followed, get),
    notFollowed: value(notFollowed, get),
  });
  const property = (id: string, label: string, has: (p: ProjectFacts) => boolean): PropertyRow => ({
    id,
    property: label,
    followed: proportion(followed.filter(has).length, followed.length),
    notFollowed: proportion(notFollowed.filter(has).length, notFollowed.length),
  });
  const category = (keys: (p: ProjectFacts) => readonly string[]): CategoryRow[] => {
    const m = new Map<string, { all: number; followed: number }>();
    for (const p of inWindow) {
      const ks = keys(p);
      for (const k of ks.length === 0 ? ["Not recorded"] : ks) {
        const c = m.get(k) ?? { all: 0, followed: 0 };
        c.all++;
        if (hasFollowOn.has(p.id)) c.followed++;
        m.set(k, c);
      }
    }
    return [...m]
      .map(([k, c]) => ({ category: k, firstProjects: c.all, followed: c.followed, rate: proportion(c.followed, c.all) }))
      .sort((a, b) => b.firstProjects - a.firstProjects || a.category.localeCompare(b.category));
  };

  // Was any follow-on of a followed first project larger than it?
  let comparable = 0;
  let bigger = 0;
  for (const p of followed) {
    const later = follows.filter((f) => f.earlier === p.id).map((f) => byId.get(f.later));
    const checks = later.flatMap((q) =>
      q === undefined
        ? []
        : [
            [p.capitalUsd, q.capitalUsd],
            [p.targetedUsers, q.targetedUsers],
          ].filter((pair): pair is [number, number] => pair[0] !== null && pair[1] !== null),
    );
    if (checks.length === 0) continue;
    comparable++;
    if (checks.some(([a, b]) => b > a)) bigger++;
  }
  const firstIds = new Set(first.map((p) => p.id));
  const ofFirst = follows.filter((f) => firstIds.has(f.earlier));

  return {
    horizonYear,
    windowYears,
    lastStartYear,
    firstProjects: first.length,
    inWindow: inWindow.length,
    followed: followed.map((p) => p.id),
    notFollowed: notFollowed.map((p) => p.id),
    followedRate: rate(followed.length, inWindow.length),
    followOnsWithinWindow: rate(ofFirst.filter((f) => f.months <= windowYears * 12).length, ofFirst.length),
    followedByRule: [...new Set(follows.flatMap((f) => f.rules))].map((rule) => ({
      rule,
      rate: rate(
        new Set(follows.filter((f) => f.rules.includes(rule) && followedIds.has(f.earlier)).map((f) => f.earlier)).size,
        inWindow.length,
      ),
    })),
    followedByBigger: rate(bigger, comparable),
    measures: [
      measure("start-year", "Year the project started", "year", (p) => yearOf(p.start)),
      measure("capital", "Capital raised (USD)", "usd", (p) => p.capitalUsd),
      measure("duration", "Length of service (months)", "months", (p) => p.durationMonths),
      measure("targeted-users", "Targeted service users", "people", (p) => p.targetedUsers),
      measure("payments-of-max", "Outcome payments made, share of the maximum", "share", (p) => p.paymentsOfMax),
    ],
    properties: [
      property("results", "Results reported (any row in the results table)", (p) => p.resultRows > 0),
      property("final-results", "Final results reported", (p) => p.finalResultRows > 0),
      property("complete", "Stage: Complete", (p) => p.stage === "Complete"),
      property("outcomes-fund", "Contracted through an outcomes fund", (p) => p.funds.length > 0),
      property("pilot", "Calls itself a pilot", (p) => p.pilotWording !== null),
    ],
    bySector: category((p) => (p.policySector === null ? [] : [p.policySector])),
    byRegion: category((p) => p.regions),
  };
}
