// The sentences that state the family counts, written from the one `FamilyCounts` object the
// tables, the timeline and the findings also read, so that no two places can disagree.
import type { FamilyCounts } from "./scale-study.ts";

/**
 * The page's family-count sentences: lineage families, the timeline's families and the
 * outcomes-fund cohorts (with the projects counted twice because they are in two funds).
 *
 * @example
 * familyCountText(counts, 320, 4).lineage // "The 4 lineage rules together tie 160 of the 320 projects into 46 families."
 */
export function familyCountText(
  c: FamilyCounts,
  projects: number,
  lineageRules: number,
): { lineage: string; timeline: string; funds: string } {
  const twice = c.fundMemberships - c.fundProjects;
  return {
    lineage: `The ${lineageRules} lineage rules together tie ${c.projects} of the ${projects} projects into ${c.families} families.`,
    timeline: `The timeline draws the ${c.drawnFamilies} largest families that have at least one project with both a start and an end date: ${c.drawnProjects} projects.`,
    funds: `Outcomes funds group ${c.fundProjects} projects in ${c.fundCohorts} funds of two or more projects${
      twice === 0
        ? ""
        : `; ${twice} project${twice === 1 ? " is" : "s are"} in two funds, so the funds' project counts add up to ${c.fundMemberships}`
    }.`,
  };
}
