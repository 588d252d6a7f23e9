import { z } from "zod";

/** The kinds of outcomes-based contract the typology distinguishes, and `unclassified`. */
export const TypeCode = z
  .enum([
    "social_impact_bond",
    "development_impact_bond",
    "outcomes_fund",
    "payment_by_results",
    "social_impact_incentive",
    "social_impact_guarantee",
    "results_based_grant",
    "sustainability_linked_finance",
    "unclassified",
  ])
  .describe("A type of outcomes-based contract; `unclassified` when the evidence does not decide.");
export type TypeCode = z.infer<typeof TypeCode>;
