import { z } from "zod";
import { listCell, numberCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_technical_assistance_details.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const TechnicalAssistanceDetail = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    technicalAssistanceId: textCell({
      column: "Technical Assistance Id - (Value)",
      description:
        'Technical Assistance Id: The Technical Assistance these details belongs to. This should be an Id from the "Technical Assistance" section of the same project.',
    }),
    title: textCell({ column: "Title - (Value)", description: "Title: A summary name for this element of TA." }),
    description: textCell({ column: "Description - (Value)", description: "Description: A description of this element of TA." }),
    category: textCell({
      column: "Category - (Value)",
      description:
        "Category: This variable has a long list of options. TA should be broken into elements and one item from the list be selected for each element.",
    }),
    approach: textCell({
      column: "Approach - (Value)",
      description: "Approach: This variable captures different approaches in which a social investor can deliver TA.",
    }),
    costType: textCell({ column: "Cost Type - (Value)", description: "Cost Type." }),
    costOfActivitiesAmount: numberCell({
      column: "Cost of Activities - Amount - (Value)",
      min: 0,
      description: "Amount: Cost of Technical Assistance activities in relevant currency.",
    }),
    costOfActivitiesAmountUsd: numberCell({
      column: "Cost of Activities - Amount USD - (Value)",
      min: 0,
      description:
        "Amount USD: Cost of Technical Assistance activities in USD. The GO Lab team does the conversion using the exchange rates provided by the World Bank.",
    }),
    numberOfDays: numberCell({
      column: "Number of Days - (Value)",
      description: "Number of Days: Cost of Technical Assistance activities in days of work.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Sources of information about technical assistance details." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on technical assistance details." }),
  })
  .describe("A row of projects_technical_assistance_details.csv (INDIGO Impact Bond Dataset).");
export type TechnicalAssistanceDetail = z.infer<typeof TechnicalAssistanceDetail>;
