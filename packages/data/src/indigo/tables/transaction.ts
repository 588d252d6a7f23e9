import { z } from "zod";
import { listCell, numberCell, partialDateCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_transactions.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const Transaction = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    investmentId: textCell({
      column: "Investment Id - (Value)",
      description:
        'Investment Id: The Investment this transaction belongs to. This should be an Id from the "Investments" section of the same project.',
    }),
    outcomeMetricId: textCell({
      column: "Outcome Metric Id - (Value)",
      description:
        'Outcome Metric Id: The Outcome Metric this transaction belongs to. This should be an Id from the "Outcome Metrics" section of the same project.',
    }),
    date: partialDateCell({ column: "Date - (Value)", description: "Date: Date when the transaction occurred." }),
    sendingOrganisationId: textCell({
      column: "Sending Organisation ID - (Value)",
      description: "Sending Organisation ID: INDIGO unique ID of the organisation that makes the transaction.",
    }),
    receivingOrganisationId: textCell({
      column: "Receiving Organisation ID - (Value)",
      description: "Receiving Organisation ID: INDIGO unique ID of the organisation that receives the transaction.",
    }),
    transactionType: textCell({
      column: "Transaction Type - (Value)",
      description:
        "Transaction Type: This variable specifies whether the transaction is a debt or repayment of debt, equity, payment for an outcome or other type of transaction.",
    }),
    moneyCurrency: textCell({
      column: "Money - Currency - (Value)",
      description: "Currency: Currency in which transaction data is reported for this project.",
    }),
    moneyAmount: numberCell({
      column: "Money - Amount - (Value)",
      min: 0,
      description: "Amount: Total amount of the transaction in relevant currency.",
    }),
    moneyAmountUsd: numberCell({
      column: "Money - Amount USD - (Value)",
      min: 0,
      description:
        "Amount USD: Total amount of the transaction in USD. The GO Lab team does the conversion using the exchange rates provided by the World Bank.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources." }),
    notes: textCell({ column: "Notes", description: "Notes." }),
    sandboxes: textCell({ column: "(In Sandboxes)", description: "(In Sandboxes)." }),
  })
  .describe("A row of projects_transactions.csv (INDIGO Impact Bond Dataset).");
export type Transaction = z.infer<typeof Transaction>;
