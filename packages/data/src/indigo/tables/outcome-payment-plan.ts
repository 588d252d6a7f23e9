import { z } from "zod";
import { listCell, partialDateCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_outcome_payment_plans.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const OutcomePaymentPlan = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    id: textCell({
      column: "Outcome Payment Plan Id - (Value)",
      description:
        "Outcome Payment Plan Id: A within-project original, flexible identifier to be referenced in another sheet. This can be set by the GO Lab team.",
    }),
    periodStartDate: partialDateCell({ column: "Period - Start - (Value)", description: "Start: Start date of plan." }),
    periodEndDate: textCell({ column: "Period - End - (Value)", description: "End: End date of plan." }),
    sandboxes: textCell({ column: "(In Sandboxes)", description: "(In Sandboxes)." }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Source of information about outcome payment plans." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on outcome payment plans." }),
  })
  .describe("A row of projects_outcome_payment_plans.csv (INDIGO Impact Bond Dataset).");
export type OutcomePaymentPlan = z.infer<typeof OutcomePaymentPlan>;
