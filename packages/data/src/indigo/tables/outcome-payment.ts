import { z } from "zod";
import { listCell, numberCell, partialDateCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_outcome_payments.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const OutcomePayment = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    outcomePaymentPlanId: textCell({
      column: "Outcome Payment Plan Id - (Value)",
      description:
        'Outcome Payment Plan Id: The Outcome Payment Plan this payment belongs to. This should be an Id from the "Outcome Payment Plans" section of the same project. If there is only one plan in this project, this can be left blank.',
    }),
    outcomeMetricId: textCell({
      column: "Outcome Metric Id - (Value)",
      description:
        'Outcome Metric Id: The Outcome Metric this payment belongs to. This should be an Id from the "Outcome Metrics" section of the same project.',
    }),
    periodStartDate: partialDateCell({
      column: "Period - Start - (Value)",
      description: "Start: Start date of claim period when service providers and/or investors can claim for outcome payments.",
    }),
    periodEndDate: partialDateCell({
      column: "Period - End - (Value)",
      description: "End: End date of claim period when service providers and/or investors can claim for outcome payments.",
    }),
    payerOrganisationId: listCell({
      column: "Payer Organisation ID - (Value)",
      description:
        "Payer Organisation ID: INDIGO unique ID of the organisation that is paying for outcomes (in most cases, this organisation will be the outcome funder/s listed in the ‘Outcome Payment Commitments’).",
    }),
    recipientOrganisationId: textCell({
      column: "Recipient Organisation ID - (Value)",
      description:
        "Recipient Organisation ID: INDIGO unique ID of organisation that is receiving payment for outcomes. Depending on the governance structure of the SIB, different organisations could be claiming for outcome payments. In some cases, the service providers have this role. In other cases, it is the social investor or even the organisation leading the SPV.",
    }),
    type: textCell({ column: "Type - (Value)", codelist: { path: "project.json#/outcome_payments/type/value" }, description: "Type." }),
    moneyCurrency: textCell({
      column: "Payments - Currency - (Value)",
      description: "Currency: Currency in which outcome payments are reported for this project.",
    }),
    moneyAmount: numberCell({
      column: "Payments - Amount - (Value)",
      min: 0,
      description: "Amount: Amount of outcome payments received in this period in relevant currency.",
    }),
    moneyAmountUsd: numberCell({
      column: "Payments - Amount USD - (Value)",
      min: 0,
      description: "Amount USD: Amount of outcome payments received in this period in USD.",
    }),
    sandboxes: textCell({ column: "(In Sandboxes)", description: "(In Sandboxes)." }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Source of information about outcome payments." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on outcome payments." }),
  })
  .describe("A row of projects_outcome_payments.csv (INDIGO Impact Bond Dataset).");
export type OutcomePayment = z.infer<typeof OutcomePayment>;
