import { type FamilyRule, groupBy, sameSectorLinks } from "../family-rule.ts";

/**
 * Links two projects when one service provider (service provisions' organisation ID) delivers
 * both and both are in the same policy sector.
 *
 * @example
 * sameServiceProvider.link(profiles) // [{ rule: "same-service-provider", a: "INDIGO-POJ-0127", b: "INDIGO-POJ-0160", via: "INDIGO-ORG-0305" }, ...]
 */
export const sameServiceProvider: FamilyRule = {
  id: "same-service-provider",
  title: "Same service provider",
  reason:
    "A provider that delivers another impact bond in the same policy sector is taking its service to more people, places or payers: the plainest sign in the data of a service spreading. The sector must match so that a large charity's unrelated services do not chain together.",
  lineage: true,
  link: (projects) =>
    sameSectorLinks(
      "same-service-provider",
      groupBy(projects, (p) => p.providers),
    ),
};
