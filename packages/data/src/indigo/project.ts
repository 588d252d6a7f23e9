import { z } from "zod";
import { countryCell, listCell, numberCell, partialDateCell, requiredTextCell, textCell } from "../cells.js";

/**
 * A project of the INDIGO Impact Bond Dataset: one row of `projects/projects.csv`.
 *
 * Field names are the kit's camelCase names; each field's `.meta().column` is the column title
 * in the export (`Section - Field - (Value)`), which the loader maps onto the field. Blank cells
 * are `null`; `(Source ID's)` columns are lists.
 */
export const Project = z
  .object({
    id: requiredTextCell({ column: "ID", description: "INDIGO project ID, e.g. INDIGO-POJ-0001." }),
    name: requiredTextCell({ column: "Impact Bond Name - (Value)", description: "The impact bond's name as published." }),
    alternativeNames: textCell({ column: "Alternative Names - (Value)", description: "Other names the project is known by." }),
    stage: textCell({
      column: "Stage of Development - (Value)",
      codelist: { path: "project.json#/stage_development/value" },
      description: "Stage of development: Implementation, Complete, Contracted, ...",
    }),
    stageSources: listCell({ column: "Stage of Development - (Source ID's)", description: "Source IDs for the stage." }),
    socialInvestmentPrototype: textCell({
      column: "Social Investment Prototype - (Value)",
      description: "YES/NO: part of INDIGO's social-investment prototype collection (not a pilot flag).",
    }),
    dateOutcomesContractSigned: partialDateCell({
      column: "Dates - Date outcomes contract signed - (Value)",
      description: "When the outcomes contract was signed.",
    }),
    dateAllContractsSigned: partialDateCell({
      column: "Dates - Date contracts between all parties signed - (Value)",
      description: "When contracts between all parties were signed.",
    }),
    dateAnticipatedCompletion: partialDateCell({
      column: "Dates - Anticipated completion date - (Value)",
      description: "Anticipated completion date.",
    }),
    dateActualCompletion: partialDateCell({ column: "Dates - Actual completion date - (Value)", description: "Actual completion date." }),
    dateServiceStart: partialDateCell({
      column: "Dates - Start date of service provision - (Value)",
      description: "Start date of service provision.",
    }),
    dateServiceAnticipatedEnd: partialDateCell({
      column: "Dates - Anticipated end date of service provision - (Value)",
      description: "Anticipated end date of service provision.",
    }),
    dateServiceActualEnd: partialDateCell({
      column: "Dates - Actual end date of service provision - (Value)",
      description: "Actual end date of service provision.",
    }),
    serviceAnticipatedDurationMonths: numberCell({
      column: "Dates - Anticipated duration of service provision - (Value)",
      description: "Anticipated duration of service provision, in months.",
      min: 0,
    }),
    serviceActualDurationMonths: numberCell({
      column: "Dates - Actual duration of service provision - (Value)",
      description: "Actual duration of service provision, in months.",
      min: 0,
    }),
    datesSources: listCell({ column: "Dates - (Source ID's)", description: "Source IDs for the dates." }),
    datesNotes: textCell({ column: "Dates - (Notes)", description: "Notes on the dates." }),
    jurisdiction: countryCell({
      column: "Jurisdiction - Jurisdiction - (Value)",
      description: "Jurisdiction (ISO 3166-1 alpha-2); blank for most projects, use delivery locations.",
    }),
    jurisdictionSources: listCell({ column: "Jurisdiction - (Source ID's)", description: "Source IDs for the jurisdiction." }),
    jurisdictionNotes: textCell({ column: "Jurisdiction - (Notes)", description: "Notes on the jurisdiction." }),
    investmentCurrency: textCell({
      column: "Overall project finance - Total investment commitment - Currency - (Value)",
      description: "Currency of the total investment commitment (ISO 4217).",
    }),
    investmentMin: numberCell({
      column: "Overall project finance - Total investment commitment - Amount - Min - (Value)",
      description: "Total investment commitment, minimum, in its currency.",
      min: 0,
    }),
    investmentExact: numberCell({
      column: "Overall project finance - Total investment commitment - Amount - Exact - (Value)",
      description: "Total investment commitment, exact, in its currency.",
      min: 0,
    }),
    investmentMax: numberCell({
      column: "Overall project finance - Total investment commitment - Amount - Max - (Value)",
      description: "Total investment commitment, maximum, in its currency.",
      min: 0,
    }),
    investmentUsdMin: numberCell({
      column: "Overall project finance - Total investment commitment - Amount USD - Min - (Value)",
      description: "Total investment commitment, minimum, in US dollars.",
      min: 0,
    }),
    investmentUsdExact: numberCell({
      column: "Overall project finance - Total investment commitment - Amount USD - Exact - (Value)",
      description: "Total investment commitment (capital raised), exact, in US dollars.",
      min: 0,
    }),
    investmentUsdMax: numberCell({
      column: "Overall project finance - Total investment commitment - Amount USD - Max - (Value)",
      description: "Total investment commitment, maximum, in US dollars.",
      min: 0,
    }),
    maxOutcomePaymentCurrency: textCell({
      column: "Overall project finance - Maximum potential outcome payment - Currency - (Value)",
      description: "Currency of the maximum potential outcome payment.",
    }),
    maxOutcomePayment: numberCell({
      column: "Overall project finance - Maximum potential outcome payment - Amount - (Value)",
      description: "Maximum potential outcome payment, in its currency.",
      min: 0,
    }),
    maxOutcomePaymentUsd: numberCell({
      column: "Overall project finance - Maximum potential outcome payment - Amount USD - (Value)",
      description: "Maximum potential outcome payment, in US dollars.",
      min: 0,
    }),
    maxPotentialLoss: numberCell({
      column: "Overall project finance - Maximum potential loss - (Value)",
      description: "Maximum potential loss for investors (as published: a share or an amount).",
    }),
    maxPotentialReturnType: textCell({
      column: "Overall project finance - Maximum potential return type - (Value)",
      description: "How the maximum potential return is expressed, e.g. IRR.",
    }),
    maxPotentialReturn: textCell({
      column: "Overall project finance - Maximum potential return - (Value)",
      description: "Maximum potential return as published: usually a share (0.066 with type IRR), sometimes words such as '3% to 5%'.",
    }),
    contractingConfiguration: textCell({
      column: "Overall project finance - Configuration of the Contracting Parties - (Value)",
      description: "Configuration of the contracting parties (free text).",
    }),
    investorRepayment: textCell({
      column: "Overall project finance - Investor repayment - (Value)",
      description: "Investor repayment, as published (free text).",
    }),
    totalOutcomePaymentsCurrency: textCell({
      column: "Overall project finance - Total outcome payments made - Currency - (Value)",
      description: "Currency of the total outcome payments made.",
    }),
    totalOutcomePayments: numberCell({
      column: "Overall project finance - Total outcome payments made - Amount - (Value)",
      description: "Total outcome payments made, in their currency.",
      min: 0,
    }),
    totalOutcomePaymentsUsd: numberCell({
      column: "Overall project finance - Total outcome payments made - Amount USD - (Value)",
      description: "Total outcome payments made, in US dollars.",
      min: 0,
    }),
    financeSources: listCell({
      column: "Overall project finance - (Source ID's)",
      description: "Source IDs for the overall project finance.",
    }),
    financeNotes: textCell({ column: "Overall project finance - (Notes)", description: "Notes on the overall project finance." }),
    fundsInvestedLatestCurrency: textCell({
      column: "Investment Details - Total Funds Invested - Latest - Currency - (Value)",
      description: "Currency of the latest total funds invested.",
    }),
    fundsInvestedLatest: numberCell({
      column: "Investment Details - Total Funds Invested - Latest - Amount - (Value)",
      description: "Latest total funds invested, in their currency.",
      min: 0,
    }),
    fundsInvestedLatestUsd: numberCell({
      column: "Investment Details - Total Funds Invested - Latest - Amount USD - (Value)",
      description: "Latest total funds invested, in US dollars.",
      min: 0,
    }),
    fundsInvestedLatestDate: partialDateCell({
      column: "Investment Details - Total Funds Invested - Latest - Date - (Value)",
      description: "Date of the latest total funds invested.",
    }),
    irrTarget: numberCell({
      column: "Investment Details - Internal Rate of Return - Target - (Value)",
      description: "Target internal rate of return (as published).",
    }),
    irrLatest: numberCell({
      column: "Investment Details - Internal Rate of Return - Latest - (Value)",
      description: "Latest internal rate of return (as published).",
    }),
    irrDate: partialDateCell({
      column: "Investment Details - Internal Rate of Return - Date - (Value)",
      description: "Date of the latest internal rate of return.",
    }),
    investmentDetailsSources: listCell({
      column: "Investment Details - (Source ID's)",
      description: "Source IDs for the investment details.",
    }),
    investmentDetailsNotes: textCell({ column: "Investment Details - (Notes)", description: "Notes on the investment details." }),
    socialChallenge: textCell({
      column: "Purpose and classifications - Social challenge - (Value)",
      description: "The social challenge addressed (free text).",
    }),
    intervention: textCell({
      column: "Purpose and classifications - Intervention - (Value)",
      description: "The intervention (free text).",
    }),
    policySector: textCell({
      column: "Purpose and classifications - Policy sector - (Value)",
      codelist: { path: "project.json#/purpose_and_classifications/policy_sector/value" },
      description: "Policy sector, e.g. Employment and training, Health, Education.",
    }),
    primarySdgGoals: listCell({
      column: "Purpose and classifications - Primary SDG goal - (Value)",
      description: "Primary SDG goal numbers; usually one (8), sometimes several (1,4,10).",
    }),
    secondarySdgGoals: listCell({
      column: "Purpose and classifications - Secondary SDG goals - (Value)",
      description: "Secondary SDG goal numbers.",
    }),
    primarySdgTarget: textCell({
      column: "Purpose and classifications - Primary SDG target - (Value)",
      description: "Primary SDG target, as published (e.g. 3.7).",
    }),
    secondarySdgTargets: listCell({
      column: "Purpose and classifications - Secondary SDG targets - (Value)",
      description: "Secondary SDG targets.",
    }),
    classificationSources: listCell({
      column: "Purpose and classifications - (Source ID's)",
      description: "Source IDs for the purpose and classifications.",
    }),
    classificationNotes: textCell({
      column: "Purpose and classifications - (Notes)",
      description: "Notes on the purpose and classifications.",
    }),
    targetPopulation: textCell({
      column: "Service and beneficiaries - Target population - (Value)",
      description: "Target population (free text).",
    }),
    targetedServiceUsers: numberCell({
      column: "Service and beneficiaries - Targeted number of unique service users or beneficiaries (total) - (Value)",
      description: "Targeted number of unique service users or beneficiaries (total).",
      min: 0,
    }),
    targetedUnitType: textCell({
      column: "Service and beneficiaries - Unit type of targeted service users or beneficiaries - (Value)",
      description: "Unit type of the targeted service users, e.g. Individual.",
    }),
    targetedUnitDescription: textCell({
      column: "Service and beneficiaries - Unit description of targeted service user or beneficiaries - (Value)",
      description: "Description of the targeted unit.",
    }),
    actualServiceUsers: numberCell({
      column: "Service and beneficiaries - Actual number of unique service users or beneficiaries engaged (total) - (Value)",
      description: "Actual number of unique service users or beneficiaries engaged (total).",
      min: 0,
    }),
    actualUnitType: textCell({
      column: "Service and beneficiaries - Unit type of actual service users or beneficiaries engaged - (Value)",
      description: "Unit type of the actual service users engaged.",
    }),
    actualUnitDescription: textCell({
      column: "Service and beneficiaries - Unit description of actual service user or beneficiaries engaged - (Value)",
      description: "Description of the actual unit.",
    }),
    beneficiariesSources: listCell({
      column: "Service and beneficiaries - (Source ID's)",
      description: "Source IDs for service and beneficiaries.",
    }),
    beneficiariesNotes: textCell({ column: "Service and beneficiaries - (Notes)", description: "Notes on service and beneficiaries." }),
    covidChanges: textCell({
      column: "Changes to project due to COVID-19 - (Value)",
      description: "Changes to the project due to COVID-19.",
    }),
    covidChangesSources: listCell({
      column: "Changes to project due to COVID-19 - (Source ID's)",
      description: "Source IDs for the COVID-19 changes.",
    }),
    notes: textCell({ column: "Notes - (Value)", description: "General notes on the project." }),
  })
  .describe("One impact bond project of the INDIGO Impact Bond Dataset (projects.csv).");
export type Project = z.infer<typeof Project>;
