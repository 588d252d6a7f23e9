import { z } from "zod";
import { requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_documents.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const Document = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    title: textCell({ column: "Title - (Value)", description: "Title: Title of related document or case study." }),
    url: textCell({ column: "URL - (Value)", description: "URL: URL of related document or case study." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on supporting documents." }),
  })
  .describe("A row of projects_documents.csv (INDIGO Impact Bond Dataset).");
export type Document = z.infer<typeof Document>;
