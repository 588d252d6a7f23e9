import { z } from "zod";
import { listCell, numberCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_outcome_pricings.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const OutcomePricing = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    outcomeMetricId: textCell({
      column: "Outcome Metric Id - (Value)",
      description:
        'Outcome Metric Id: The Outcome Metric this pricing belongs to. This should be an Id from the "Outcome Metrics" section of the same project.',
    }),
    currency: textCell({
      column: "Currency - (Value)",
      description: "Currency: Currency in which outcome pricing data is reported for this project.",
    }),
    pricePerUnitAmount: numberCell({
      column: "Price Per Unit - Amount - (Value)",
      min: 0,
      description:
        "Amount: Price per unit, often a participant, for whom outcomes are achieved. Price here is the cost to the outcome payer. The unit should be equal to the unit of measurement in the ‘Service and beneficiaries’ part of the General Overview tab (eg: individuals, families, villages, etc.). This is to be populated only if there is a single outcome which is measured at the unit/individual level.",
    }),
    pricePerUnitAmountUsd: numberCell({
      column: "Price Per Unit - Amount USD - (Value)",
      min: 0,
      description:
        "Amount USD: Price per unit, often a participant, for whom outcomes are achieved in USD. Price here is the cost to the outcome payer.",
    }),
    maximumPriceIfAllTargetsAchievedAmount: numberCell({
      column: "Maximum Price if all targets achieved - Amount - (Value)",
      min: 0,
      description: "Amount: Maximum price if all targets related to that outcome are achieved.",
    }),
    contractedIncreasesToOutcomePricing: textCell({
      column: "Contracted increases to outcome pricing - (Value)",
      description:
        "Contracted increases to outcome pricing: If certain price increases have been contracted (e.g. inflation adjustments), an description of these terms should be provided.",
    }),
    priceDescription: textCell({ column: "Price Description - (Value)", description: "Price Description." }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Source of information about outcome pricing." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on outcome pricing." }),
  })
  .describe("A row of projects_outcome_pricings.csv (INDIGO Impact Bond Dataset).");
export type OutcomePricing = z.infer<typeof OutcomePricing>;
