// Which linked project came later: a follow-on starts at least a year after the project it follows.
import { monthIndex } from "./dates.ts";
import type { Link, RuleId } from "./family-rule.ts";

/**
 * How much later a linked project must start to count as following another. Sites of one
 * roll-out launched within a year of each other are a cohort, not a follow-on contracted after
 * the first one had shown something.
 */
export const FOLLOW_ON_MIN_MONTHS = 12;

/** A later project linked to an earlier one, with every rule that links the two. */
export interface FollowOn {
  earlier: string;
  later: string;
  /** Months from the earlier project's start to the later one's. */
  months: number;
  rules: RuleId[];
  /** What links them, per rule: organisation or fund IDs, name keys, phrases. */
  via: string[];
}

/**
 * Every linked pair whose later project started at least `minMonths` after the earlier one.
 * Pairs with an unknown start on either side are never follow-ons (they stay in their family).
 *
 * @example
 * followOns(new Map([["a", "2016-11"], ["b", "2018-01"]]), [{ rule: "same-service-provider", a: "a", b: "b", via: "ORG-1" }])
 * // [{ earlier: "a", later: "b", months: 14, rules: ["same-service-provider"], via: ["ORG-1"] }]
 */
export function followOns(
  starts: ReadonlyMap<string, string | null>,
  links: readonly Link[],
  minMonths = FOLLOW_ON_MIN_MONTHS,
): FollowOn[] {
  const pairs = new Map<string, FollowOn>();
  for (const l of links) {
    const sa = monthIndex(starts.get(l.a) ?? null);
    const sb = monthIndex(starts.get(l.b) ?? null);
    if (sa === null || sb === null || Math.abs(sb - sa) < minMonths) continue;
    const [earlier, later] = sa < sb ? [l.a, l.b] : [l.b, l.a];
    const key = `${earlier}>${later}`;
    const f = pairs.get(key) ?? { earlier, later, months: Math.abs(sb - sa), rules: [], via: [] };
    if (!f.rules.includes(l.rule)) f.rules.push(l.rule);
    if (!f.via.includes(l.via)) f.via.push(l.via);
    pairs.set(key, f);
  }
  return [...pairs.values()].sort((x, y) => x.earlier.localeCompare(y.earlier) || x.later.localeCompare(y.later));
}
