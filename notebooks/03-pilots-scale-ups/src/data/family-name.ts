// A family's name, from what its members share: the provider, payer or intervention name that
// links the most of them, never one member's own name (a first project called "London ..." would
// otherwise name a family of projects in Bristol and Manchester).
import type { Link } from "./family-rule.ts";

export interface FamilyName {
  /** "Buzinezzclub", or "St Mungo's and others" when the link does not reach every member. */
  label: string;
  /** The shared provider, payer or intervention name. */
  link: string;
  kind: "provider" | "payer" | "intervention";
  /** Members the link ties together, of the family's size. */
  covers: number;
  size: number;
}

const KIND: Partial<Record<Link["rule"], FamilyName["kind"]>> = {
  "same-service-provider": "provider",
  "same-intervention-name": "intervention",
  "same-outcome-payer": "payer",
};
const ORDER: FamilyName["kind"][] = ["provider", "intervention", "payer"];

/**
 * Names a family after the link (provider, intervention name or payer; "says it follows on"
 * wording names nothing) that ties the most of its members, preferring a provider, then an
 * intervention name, then a payer on ties; "and others" is added when the link does not reach
 * every member. `describe` turns a link's `via` into words (an organisation's name, an acronym).
 *
 * @example
 * familyName(["p1", "p2", "p3"], [{ rule: "same-service-provider", a: "p1", b: "p2", via: "ORG-1" }, { rule: "same-outcome-payer", a: "p2", b: "p3", via: "ORG-2" }], (l) => l.via)
 * // { label: "ORG-1 and others", link: "ORG-1", kind: "provider", covers: 2, size: 3 }
 */
export function familyName(members: readonly string[], links: readonly Link[], describe: (l: Link) => string): FamilyName {
  const inFamily = new Set(members);
  const groups = new Map<string, { kind: FamilyName["kind"]; link: string; members: Set<string> }>();
  for (const l of links) {
    const kind = KIND[l.rule];
    if (kind === undefined || !inFamily.has(l.a) || !inFamily.has(l.b)) continue;
    const key = `${kind}|${l.via}`;
    const g = groups.get(key) ?? { kind, link: describe(l), members: new Set<string>() };
    g.members.add(l.a).add(l.b);
    groups.set(key, g);
  }
  const best = [...groups.values()].sort(
    (x, y) => y.members.size - x.members.size || ORDER.indexOf(x.kind) - ORDER.indexOf(y.kind) || x.link.localeCompare(y.link),
  )[0];
  if (best === undefined) return { label: "Unnamed family", link: "", kind: "intervention", covers: 0, size: members.length };
  const all = best.members.size === members.length;
  return {
    label: all ? best.link : `${best.link} and others`,
    link: best.link,
    kind: best.kind,
    covers: best.members.size,
    size: members.length,
  };
}
