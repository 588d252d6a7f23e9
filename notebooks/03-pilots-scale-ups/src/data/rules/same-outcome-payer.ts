import { type FamilyRule, groupBy, sameSectorLinks } from "../family-rule.ts";

/**
 * Payers that pay for more projects than this are national programmes (a ministry or a lottery
 * fund behind an outcomes fund): their contracts link unrelated services, so they link nothing.
 */
export const MAX_PAYER_PROJECTS = 5;

/**
 * Links two projects when one outcome payer (payment commitments' organisation ID) pays for
 * both, both are in the same policy sector, and the payer pays for at most `MAX_PAYER_PROJECTS`
 * projects in the whole dataset.
 *
 * @example
 * sameOutcomePayer.link(profiles) // [{ rule: "same-outcome-payer", a: "INDIGO-POJ-0105", b: "INDIGO-POJ-0106", via: "INDIGO-ORG-0165" }, ...]
 */
export const sameOutcomePayer: FamilyRule = {
  id: "same-outcome-payer",
  title: "Same outcome payer",
  reason: `A commissioner that pays for outcomes again in the same policy sector chose to contract that way again. Payers of more than ${MAX_PAYER_PROJECTS} projects are national programmes whose many contracts would tie unrelated services together, so they are left out.`,
  lineage: true,
  link: (projects) => {
    const groups = groupBy(projects, (p) => p.payers);
    for (const [payer, members] of groups) if (members.length > MAX_PAYER_PROJECTS) groups.delete(payer);
    return sameSectorLinks("same-outcome-payer", groups);
  },
};
