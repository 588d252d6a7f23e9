import { type FamilyRule, groupBy, pairLinks } from "../family-rule.ts";

/**
 * Links every two projects contracted through the same outcomes fund (outcome_funds table). A
 * cohort, not a lineage: shown apart from the lineage families.
 *
 * @example
 * sameOutcomesFund.link(profiles) // [{ rule: "same-outcomes-fund", a: "INDIGO-POJ-0274", b: "INDIGO-POJ-0275", via: "INDIGO-FUND-0019" }, ...]
 */
export const sameOutcomesFund: FamilyRule = {
  id: "same-outcomes-fund",
  title: "Same outcomes fund (cohort)",
  reason:
    "An outcomes fund commissions many projects side by side: its projects are a cohort of one programme, which says how impact bonds spread as a policy, not that one project grew out of another. Merged into the lineage families, one large fund would swallow every smaller family it touches, so fund cohorts are shown apart.",
  lineage: false,
  link: (projects) =>
    [...groupBy(projects, (p) => p.funds)].flatMap(([fund, members]) =>
      pairLinks(
        "same-outcomes-fund",
        members.map((p) => p.id),
        fund,
      ),
    ),
};
