import { z } from "zod";
import { listCell, partialDateCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_technical_assistances.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const TechnicalAssistance = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    id: textCell({
      column: "Id",
      description:
        "Id: A within-project original, flexible identifiers to be referenced in another sheet. This can be set by any analyst. These identifiers could be ‘technicalassistance1’, ‘technicalassistance2’, etc.",
    }),
    title: textCell({
      column: "Title - (Value)",
      description:
        "Title: A summary name for this element of TA. Note that each project may have multiple elements of TA. TA may be broken into different elements as necessary to allow the category, cost and/or other variables to be completed.",
    }),
    description: textCell({ column: "Description - (Value)", description: "Description: Description of this element of TA." }),
    periodStart: partialDateCell({
      column: "Period Start - (Value)",
      description: "Period Start: Date when this specific element of TA starts",
    }),
    periodEnd: partialDateCell({
      column: "Period End - (Value)",
      description: "Period End: Date when this specific element of TA finishes.",
    }),
    fundingOrganisationId: textCell({
      column: "Funding Organisation Id - (Value)",
      description: "Funding Organisation Id: Id of the organization that pays for technical assistance.",
    }),
    recipientOrganisationId: textCell({
      column: "Recipient Organisation Id - (Value)",
      description: "Recipient Organisation Id: Id of the organization that receives technical assistance.",
    }),
    currency: textCell({ column: "Currency - (Value)", description: "Currency: Currency in which costs of TA are described." }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Sources of information about technical assistance to this project." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on technical assistance." }),
  })
  .describe("A row of projects_technical_assistances.csv (INDIGO Impact Bond Dataset).");
export type TechnicalAssistance = z.infer<typeof TechnicalAssistance>;
