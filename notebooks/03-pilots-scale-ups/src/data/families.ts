// Families: the groups of projects a set of links ties together, each ordered by start.
import { components } from "./components.ts";
import { monthIndex } from "./dates.ts";
import type { Link, RuleId } from "./family-rule.ts";

export interface Family {
  /** `family-` and the first project's ID. */
  id: string;
  /** Project IDs, earliest start first; projects with no start date last. */
  members: string[];
  /** The rules whose links hold the family together. */
  rules: RuleId[];
}

/**
 * The families `links` make: connected groups of two or more projects (a project linked to a
 * family member by any rule is in the family), largest first.
 *
 * @example
 * families(starts, links)[0] // { id: "family-INDIGO-POJ-0318", members: ["INDIGO-POJ-0318", "INDIGO-POJ-0162", "INDIGO-POJ-0184"], rules: [...] }
 */
export function families(starts: ReadonlyMap<string, string | null>, links: readonly Link[]): Family[] {
  const byStart = (a: string, b: string) =>
    (monthIndex(starts.get(a) ?? null) ?? Number.POSITIVE_INFINITY) - (monthIndex(starts.get(b) ?? null) ?? Number.POSITIVE_INFINITY) ||
    a.localeCompare(b);
  const ids = [...starts.keys()].sort(byStart);
  return components(
    ids,
    links.map((l) => [l.a, l.b] as const),
  ).map((members) => {
    const inFamily = new Set(members);
    const rules = [...new Set(links.filter((l) => inFamily.has(l.a)).map((l) => l.rule))];
    return { id: `family-${members[0]}`, members, rules };
  });
}
