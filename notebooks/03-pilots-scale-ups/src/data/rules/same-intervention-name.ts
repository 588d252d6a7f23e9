import { type FamilyRule, groupBy, sameSectorLinks } from "../family-rule.ts";
import { nameKeys } from "./name-keys.ts";

/**
 * Links two projects in the same policy sector whose names share a stem ("Sapie (Norte)" and
 * "Sapie (Centro)") or an acronym ("MHEP Enfield" and "Mental Health and Employment Partnership
 * (MHEP) Haringey"), whoever delivers or pays for them.
 *
 * @example
 * sameInterventionName.link(profiles) // [{ rule: "same-intervention-name", a: "INDIGO-POJ-0203", b: "INDIGO-POJ-0205", via: "stem:finland children's welfare" }, ...]
 */
export const sameInterventionName: FamilyRule = {
  id: "same-intervention-name",
  title: "Same intervention name",
  reason:
    "Projects named after the same programme, with only a place, a number or a stage added, run the same intervention again: this finds replications that changed provider or payer. The sector must match so that two unrelated projects called 'Ambition' stay apart.",
  lineage: true,
  link: (projects) =>
    sameSectorLinks(
      "same-intervention-name",
      groupBy(projects, (p) => nameKeys(p.name, p.alternativeNames)),
    ),
};
