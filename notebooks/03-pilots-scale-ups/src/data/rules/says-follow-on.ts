import { monthIndex } from "../dates.ts";
import type { FamilyRule, Link } from "../family-rule.ts";
import { FOLLOW_ON_MIN_MONTHS } from "../follow-ons.ts";
import type { ProjectProfile } from "../project-profile.ts";
import { followOnWording } from "./follow-on-wording.ts";
import { nameKeys } from "./name-keys.ts";
import { MAX_PAYER_PROJECTS } from "./same-outcome-payer.ts";

/**
 * Links a project whose name or notes say it follows or scales up an earlier one ("SIB II",
 * "scale-up", "builds on previous SIBs") to each project of the same policy sector that started
 * before it and shares a service provider, an outcome payer (of at most `MAX_PAYER_PROJECTS`
 * projects) or a name key with it. `via` is the phrase the project used.
 *
 * @example
 * saysFollowOn.link(profiles) // [{ rule: "says-follow-on", a: "INDIGO-POJ-0203", b: "INDIGO-POJ-0205", via: "II" }, ...]
 */
export const saysFollowOn: FamilyRule = {
  id: "says-follow-on",
  title: "Says it follows on",
  reason:
    "A project that calls itself 'II', a 'scale-up' or says it 'builds on previous SIBs' tells us itself that it grew out of earlier work. The wording alone does not say which project it followed, so it is tied to the earlier projects it shares an organisation or a name with.",
  lineage: true,
  link: (projects) => {
    const payerProjects = new Map<string, number>();
    for (const p of projects) for (const o of p.payers) payerProjects.set(o, (payerProjects.get(o) ?? 0) + 1);
    const ties = (p: ProjectProfile) =>
      new Set([
        ...p.providers.map((o) => `provider:${o}`),
        ...p.payers.filter((o) => (payerProjects.get(o) ?? 0) <= MAX_PAYER_PROJECTS).map((o) => `payer:${o}`),
        ...nameKeys(p.name, p.alternativeNames),
      ]);
    const out: Link[] = [];
    for (const later of projects) {
      const phrase = followOnWording(later.name, later.alternativeNames, later.texts);
      const laterStart = monthIndex(later.start);
      if (phrase === null || laterStart === null || later.policySector === null) continue;
      const mine = ties(later);
      for (const earlier of projects) {
        const earlierStart = monthIndex(earlier.start);
        if (
          earlier === later ||
          earlierStart === null ||
          earlier.policySector !== later.policySector ||
          laterStart - earlierStart < FOLLOW_ON_MIN_MONTHS
        )
          continue;
        if (![...ties(earlier)].some((t) => mine.has(t))) continue;
        const [a, b] = [earlier.id, later.id].sort() as [string, string];
        out.push({ rule: "says-follow-on", a, b, via: phrase });
      }
    }
    return out;
  },
};
