import { z } from "zod";
import { listCell, numberCell, partialDateCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_provider_side_cost.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const ProviderSideCost = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    date: partialDateCell({ column: "Date - (Value)", description: "Date: Date of transaction" }),
    phase: textCell({ column: "Phase of Impact Bond - (Value)", description: "Phase of Impact Bond." }),
    classification: textCell({ column: "Cost Classification - (Value)", description: "Cost Classification." }),
    paymentCurrency: textCell({
      column: "Payment - Currency - (Value)",
      description: "Currency: Currency in which transaction was made or will be made",
    }),
    paymentPlanned: numberCell({
      column: "Payment - Planned - (Value)",
      min: 0,
      description:
        "Planned: This variable captures planned or expected costs for projects that are starting to deliver a service, or are in the middle of service delivery.",
    }),
    paymentPlannedUsd: numberCell({
      column: "Payment - Planned USD - (Value)",
      min: 0,
      description:
        "Planned USD: This variable captures planned or expected costs in USD for projects that are starting to deliver a service, or are in the middle of service delivery.",
    }),
    paymentActual: numberCell({
      column: "Payment - Actual - (Value)",
      min: 0,
      description: "Actual: This variable captures actual costs that have been incurred by the provider side.",
    }),
    paymentActualUsd: numberCell({
      column: "Payment - Actual USD - (Value)",
      min: 0,
      description: "Actual USD: This variable captures actual costs in USD that have been incurred by the provider side.",
    }),
    incurredBy: textCell({
      column: "Cost incurred by - (Value)",
      description: "Cost incurred by: INDIGO ID of organisation incurring that cost",
    }),
    type: textCell({ column: "Type - (Value)", codelist: { path: "project.json#/provider_side_cost/type/value" }, description: "Type." }),
    days: numberCell({
      column: "Number of days - (Value)",
      description:
        "Number of days: This variable should only be completed when there are in-kind costs or staff costs that cannot be expressed in monetary values.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Sources of information about costs." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on costs." }),
  })
  .describe("A row of projects_provider_side_cost.csv (INDIGO Impact Bond Dataset).");
export type ProviderSideCost = z.infer<typeof ProviderSideCost>;
