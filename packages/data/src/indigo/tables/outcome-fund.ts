import { z } from "zod";
import { listCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_outcome_funds.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const OutcomeFund = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    id: textCell({
      column: "Id",
      description:
        "Id: This variable captures the INDIGO unique identifier for outcomes funds. These identifiers are defined in the Outcomes Fund Dataset and taken from there.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Source of information about Outcomes Funds." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on Outcomes Funds." }),
  })
  .describe("A row of projects_outcome_funds.csv (INDIGO Impact Bond Dataset).");
export type OutcomeFund = z.infer<typeof OutcomeFund>;
