import { z } from "zod";
import { requiredTextCell, textCell } from "../../cells.js";

/** One row of `funds_documents.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const FundDocument = z
  .object({
    fundId: requiredTextCell({ column: "Fund ID", description: "The outcomes fund this row belongs to (INDIGO-FUND-####)." }),
    title: textCell({ column: "Title", description: "Title: Title of related document." }),
    url: textCell({ column: "URL", description: "URL: URL of related document." }),
    notes: textCell({ column: "Notes", description: "Notes." }),
  })
  .describe("A row of funds_documents.csv (INDIGO Impact Bond Dataset).");
export type FundDocument = z.infer<typeof FundDocument>;
