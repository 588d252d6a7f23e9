import { z } from "zod";
import { listCell, numberCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_investments.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const Investment = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    id: textCell({
      column: "Id",
      description:
        "Id: A within-project original, flexible identifiers to be referenced in another sheet. This will be set by the GO Lab team. These names could be ‘investment1’, ‘investment2’, etc.",
    }),
    organisationId: textCell({
      column: "Organisation ID - (Value)",
      description:
        "Organisation ID: INDIGO identifier for the organisation that invested upfront capital for this project. See INDIGO Identifiers section.",
    }),
    organisationRoleCategory: textCell({
      column: "Organisation Role Category - (Value)",
      codelist: { path: "project.json#/investments/organisation_role_category/value", onUnknown: "warn" },
      description: "Organisation Role Category.",
    }),
    investmentCommitmentCurrency: textCell({
      column: "Investment Commitment - Currency - (Value)",
      description: "Currency: Currency in which investments are reported for this project.",
    }),
    investmentCommitmentAmountMin: numberCell({
      column: "Investment Commitment - Amount - Min - (Value)",
      min: 0,
      description:
        "Min: When it is not possible to share exact amounts, projects can share a range with minimum and maximum amount of investment committed by each investor. This variable captures the lower value in the range.",
    }),
    investmentCommitmentAmountExact: numberCell({
      column: "Investment Commitment - Amount - Exact - (Value)",
      min: 0,
      description: "Exact: Exact amount of committed investment from each investor in relevant currency.",
    }),
    investmentCommitmentAmountMax: numberCell({
      column: "Investment Commitment - Amount - Max - (Value)",
      min: 0,
      description:
        "Max: When it is not possible to share exact amounts, projects can share a range with minimum and maximum amount of investment committed by each investor. This variable captures the higher value in the range.",
    }),
    investmentCommitmentAmountUsdMin: numberCell({
      column: "Investment Commitment - Amount USD - Min - (Value)",
      min: 0,
      description:
        "Min: Minimum amount of investment committed by each investor in USD (when it is not possible to have exact amount in USD).",
    }),
    investmentCommitmentAmountUsdExact: numberCell({
      column: "Investment Commitment - Amount USD - Exact - (Value)",
      min: 0,
      description: "Exact: Exact amount of investment committed by each investor in USD.",
    }),
    investmentCommitmentAmountUsdMax: numberCell({
      column: "Investment Commitment - Amount USD - Max - (Value)",
      min: 0,
      description:
        "Max: Maximum amount of investment committed by each investor in USD (when it is not possible to have exact amount in USD).",
    }),
    maximumPotentialLoss: textCell({
      column: "Maximum Potential loss - (Value)",
      description: "Maximum Potential loss: Percentage of principal that investors stand to lose in a worst-case scenario.",
    }),
    maximumPotentialReturnType: textCell({
      column: "Maximum Potential Return Type - (Value)",
      description:
        "Maximum Potential Return Type: This variable specifies whether the maximum potential return type is measured as average annual return or IRR.",
    }),
    maximumPotentialReturn: textCell({
      column: "Maximum Potential Return - (Value)",
      description:
        "Maximum Potential Return: Percentage return that investors stand to gain in best case scenario. Published as text: some values are not plain numbers.",
    }),
    investorRepayment: textCell({
      column: "Investor Repayment - (Value)",
      description: "Investor Repayment: Extent to which investment and return was paid to investor.",
    }),
    investmentType: textCell({
      column: "Investment Type - (Value)",
      codelist: { path: "project.json#/investments/investment_type/value", onUnknown: "warn" },
      description: "Investment Type: This variable identifies whether this investment qualifies as debt, equity or a combination of both.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Source of information about investments." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on investment amounts or investors." }),
  })
  .describe("A row of projects_investments.csv (INDIGO Impact Bond Dataset).");
export type Investment = z.infer<typeof Investment>;
