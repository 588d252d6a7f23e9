import { z } from "zod";
import { listCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `organisations_controlled_by.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const OrganisationControlledBy = z
  .object({
    organisationId: requiredTextCell({ column: "Organisation ID", description: "The organisation this row belongs to (INDIGO-ORG-####)." }),
    byOrganisationId: textCell({
      column: "By Organisation ID",
      description: "By Organisation ID: Organisation ID of the controlling organisation, if applicable.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources." }),
    notes: textCell({ column: "Notes", description: "Notes." }),
  })
  .describe("A row of organisations_controlled_by.csv (INDIGO Impact Bond Dataset).");
export type OrganisationControlledBy = z.infer<typeof OrganisationControlledBy>;
