import { z } from "zod";
import { requiredTextCell, textCell } from "../../cells.js";

/** One row of `funds_organisations.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const FundOrganisation = z
  .object({
    fundId: requiredTextCell({ column: "Fund ID", description: "The outcomes fund this row belongs to (INDIGO-FUND-####)." }),
    organisationId: textCell({ column: "Organisation ID - (Value)", description: "Organisation ID." }),
  })
  .describe("A row of funds_organisations.csv (INDIGO Impact Bond Dataset).");
export type FundOrganisation = z.infer<typeof FundOrganisation>;
