import { z } from "zod";
import { listCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `organisations_org-idssecondary.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const OrganisationSecondaryId = z
  .object({
    organisationId: requiredTextCell({ column: "Organisation ID", description: "The organisation this row belongs to (INDIGO-ORG-####)." }),
    byOrganisationId: textCell({ column: "By Organisation ID", description: "By Organisation ID." }),
    sourceIds: listCell({ column: "Sources", description: "Sources." }),
    notes: textCell({ column: "Notes", description: "Notes." }),
  })
  .describe("A row of organisations_org-idssecondary.csv (INDIGO Impact Bond Dataset).");
export type OrganisationSecondaryId = z.infer<typeof OrganisationSecondaryId>;
