// The shape every family rule has: a name, the reason it is a sign of one project leading to
// another, and the pairs of projects it links.
import type { ProjectProfile } from "./project-profile.ts";

export type RuleId = "same-service-provider" | "same-outcome-payer" | "same-intervention-name" | "says-follow-on" | "same-outcomes-fund";

/** Two projects a rule links, and what links them (an organisation ID, a fund ID, a name key or a phrase). */
export interface Link {
  rule: RuleId;
  /** The two projects, in ID order; which came first is read from their dates later. */
  a: string;
  b: string;
  via: string;
}

export interface FamilyRule {
  id: RuleId;
  /** Short label for tables and legends. */
  title: string;
  /** Why a link by this rule is a sign that one project led to another, in one or two sentences. */
  reason: string;
  /**
   * True when the rule's links make lineage families (a project and its successors). False for
   * cohort rules (projects commissioned side by side by one programme), shown apart.
   */
  lineage: boolean;
  link: (projects: readonly ProjectProfile[]) => Link[];
}

/** Every pair of a group's members as links, IDs in order, each pair once. */
export function pairLinks(rule: RuleId, members: readonly string[], via: string): Link[] {
  const ids = [...new Set(members)].sort();
  const out: Link[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) out.push({ rule, a: ids[i] as string, b: ids[j] as string, via });
  return out;
}

/** Projects grouped by each value `keys` gives them (a project under several values is in several groups). */
export function groupBy(
  projects: readonly ProjectProfile[],
  keys: (p: ProjectProfile) => readonly string[],
): Map<string, ProjectProfile[]> {
  const m = new Map<string, ProjectProfile[]>();
  for (const p of projects) for (const k of new Set(keys(p))) m.set(k, [...(m.get(k) ?? []), p]);
  return m;
}

/** Links between the members of each group that share a (recorded) policy sector. */
export function sameSectorLinks(rule: RuleId, groups: Map<string, ProjectProfile[]>): Link[] {
  const out: Link[] = [];
  for (const [via, members] of groups) {
    for (const [, inSector] of groupBy(members, (p) => (p.policySector === null ? [] : [p.policySector]))) {
      out.push(
        ...pairLinks(
          rule,
          inSector.map((p) => p.id),
          via,
        ),
      );
    }
  }
  return out;
}
