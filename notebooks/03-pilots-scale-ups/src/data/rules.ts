// The family rules, in the order the page lists them.
import type { FamilyRule } from "./family-rule.ts";
import { sameInterventionName, sameOutcomePayer, sameOutcomesFund, sameServiceProvider, saysFollowOn } from "./rules/index.ts";

/** Every family rule: four lineage rules, then the outcomes-fund cohort rule. */
export const RULES: readonly FamilyRule[] = [sameServiceProvider, sameOutcomePayer, sameInterventionName, saysFollowOn, sameOutcomesFund];
