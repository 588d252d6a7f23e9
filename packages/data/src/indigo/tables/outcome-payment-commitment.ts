import { z } from "zod";
import { listCell, numberCell, partialDateCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_outcome_payment_commitments.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const OutcomePaymentCommitment = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    organisationId: textCell({
      column: "Organisation ID - (Value)",
      description:
        "Organisation ID: INDIGO identifier of the organisation that pays for social outcomes in this impact bond project. See INDIGO Identifiers section.",
    }),
    organisationRoleCategory: textCell({
      column: "Organisation Role Category - (Value)",
      description: "Organisation Role Category: Category of outcome payer",
    }),
    maximumPotentialOutcomePaymentCurrency: textCell({
      column: "Maximum potential Outcome payment - Currency - (Value)",
      description: "Currency: Total maximum payments for outcomes from each outcome payer. Currency.",
    }),
    maximumPotentialOutcomePaymentAmount: textCell({
      column: "Maximum potential Outcome payment - Amount - (Value)",
      description:
        "Amount: Total maximum payments for outcomes from each outcome payer. Published as text: some values are not plain numbers.",
    }),
    maximumPotentialOutcomePaymentAmountUsd: numberCell({
      column: "Maximum potential Outcome payment - Amount USD - (Value)",
      min: 0,
      description: "Amount USD: Total maximum payments for outcomes from each outcome payer in US dollars.",
    }),
    resultType: textCell({
      column: "Result type - (Value)",
      description:
        "Result type: This variable specifies whether a result is interim or over all (final). Codelist options are: Interim (interim or intermediate results can be shared specifying details of the duration of the performance period - for instance, ‘outcomes achieved during year 1’) or Overall (overall results are achieved when the project is finished).",
    }),
    periodStartDate: partialDateCell({
      column: "Period - Start - (Value)",
      description: "Start: This variable provides the start date of the performance period.",
    }),
    periodEndDate: partialDateCell({
      column: "Period - End - (Value)",
      description: "End: This variable provides the end date of the performance period.",
    }),
    totalOutcomePaymentsCurrency: textCell({
      column: "Total outcome payments made - Currency - (Value)",
      description: "Currency: Currency in which outcome payments are reported for this project.",
    }),
    totalOutcomePaymentsAmount: textCell({
      column: "Total outcome payments made - Amount - (Value)",
      description:
        "Amount: Total actual payments for outcomes disbursed by outcome payers at the moment of data collection in relevant currency. Published as text: some values are not plain numbers.",
    }),
    totalOutcomePaymentsAmountUsd: numberCell({
      column: "Total outcome payments made - Amount USD - (Value)",
      min: 0,
      description: "Amount USD: Total actual payments for outcomes disbursed by outcome payers in USD.",
    }),
    alterationsDescription: textCell({
      column: "Alterations to payment commitment - Description - (Value)",
      description: "Description: Detail of the modifications to payment commitments occurred during the life of the impact bond project.",
    }),
    alterationsReason: textCell({
      column: "Alterations to payment commitment - Reason - (Value)",
      description:
        "Reason: Brief explanation of the reasons behind the modifications to payment commitments occurred during the life of the impact bond project.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Source of information about outcome payments." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on outcome payments." }),
  })
  .describe("A row of projects_outcome_payment_commitments.csv (INDIGO Impact Bond Dataset).");
export type OutcomePaymentCommitment = z.infer<typeof OutcomePaymentCommitment>;
