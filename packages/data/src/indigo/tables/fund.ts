import { z } from "zod";
import { listCell, numberCell, partialDateCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `funds.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const Fund = z
  .object({
    id: requiredTextCell({ column: "ID", description: "INDIGO outcomes fund ID (INDIGO-FUND-####)." }),
    name: textCell({ column: "Fund - Name", description: "Name: Name typically used to refer to the Outcome Fund" }),
    stageDevelopment: textCell({
      column: "Fund - Stage of Development - (Value)",
      description: "Stage of Development: Stage of development.",
    }),
    hostInstitutionOfOutcomeFund: textCell({
      column: "Fund - Host institution of Outcome Fund",
      description: "Host institution of Outcome Fund: INDIGO ID of organisation acting as host or administrative lead for the Outcome Fund",
    }),
    mechanism: textCell({
      column: "Fund - Mechanism",
      description:
        "Mechanism: The mechanism should describe the 'how' of the outcomes fund - i.e. the means by which the Outcomes Fund will achieve the Fund objective/purpose.",
    }),
    datesExpressionOfInterest: partialDateCell({
      column: "Fund - Dates - Expression of interest - (Value)",
      description: "Expression of interest: Announcement date/date Expression of Interest launched for the Outcome Fund",
    }),
    datesLaunchDate: partialDateCell({
      column: "Fund - Dates - Launch date - (Value)",
      description: "Launch date: Earliest date when an outcomes contract supported by this Fund was signed",
    }),
    datesAnticipatedEndDate: partialDateCell({
      column: "Fund - Dates - Anticipated End date - (Value)",
      description: "Anticipated End date.",
    }),
    datesActualEndDate: textCell({ column: "Fund - Dates - Actual End date - (Value)", description: "Actual End date." }),
    datesNotes: textCell({ column: "Fund - Dates - (Notes)", description: "(Notes)." }),
    purpose: textCell({
      column: "Fund - Purpose and classifications - Purpose",
      description:
        "Purpose: Stated policy objective of the Outcomes Fund. e.g. improved learning outcomes for target population or to promote the adoption of outcomes-based approaches amongst local government commissioners.",
    }),
    primarySdgGoal: listCell({
      column: "Fund - Purpose and classifications - Primary SDG goal",
      description:
        "Primary SDG goal: Primary Sustainable Development Goal (SDG) in which the fund is based. To be selected from the 17 SDGs defined in the United Nations 2030 Agenda (2015) https://sdgs.un.org/2030agenda. [This is at the fund level. This is also captured at the project level]",
    }),
    secondarySdgGoals: listCell({
      column: "Fund - Purpose and classifications - Secondary SDG goals",
      description:
        "Secondary SDG goals: Secondary Sustainable Development Goal (SDG) in which the fund is based. Primary SDG Goal must not be included in this variable. [This is at the fund level. This is also captured at the project level]",
    }),
    primarySdgTarget: listCell({
      column: "Fund - Purpose and classifications - Primary SDG target",
      description:
        "Primary SDG target: This variable identifies what primary SGD target the fund is addressing. See United Nations 2030 Agenda (2015) https://sdgs.un.org/2030agenda. [This is at the fund level. This is also captured at the project level]",
    }),
    secondarySdgTargets: listCell({
      column: "Fund - Purpose and classifications - Secondary SDG targets",
      description:
        "Secondary SDG targets: This variable identifies what secondary SGD target the fund is addressing. Primary SDG target must not be included in this variable. See United Nations 2030 Agenda (2015) https://sdgs.un.org/2030agenda. [This is at the fund level. This is also captured at the project level]",
    }),
    notes: textCell({ column: "Fund - Purpose and classifications - (Notes)", description: "(Notes)." }),
    beneficiariesTargetPopulation: textCell({
      column: "Fund - Service and beneficiaries - Target population",
      description:
        "Target population: Description of the population targeted by the fund and any eligibility requirement for the cohort of people who are to be offered support.",
    }),
    beneficiariesTargetedNumberServiceUsersOrBeneficiariesTotal: numberCell({
      column: "Fund - Service and beneficiaries - Targeted number of unique service users or beneficiaries (total) - (Value)",
      description:
        "Targeted number of unique service users or beneficiaries (total): Intended number of individuals in the target population who will be engaged in the service/intervention and/or whose social outcomes will be evaluated for outcome contract payment calculation.",
    }),
    beneficiariesUnitTypeTargetedServiceUsersOrBeneficiaries: textCell({
      column: "Fund - Service and beneficiaries - Unit type of targeted service users or beneficiaries - (Value)",
      description:
        "Unit type of targeted service users or beneficiaries: Description of the unit of measurement that is used to account for targeted service users or beneficiaries.",
    }),
    beneficiariesUnitDescriptionOfServiceUserOrBeneficiaries: textCell({
      column: "Fund - Service and beneficiaries - Unit description of targeted service user or beneficiaries",
      description:
        "Unit description of targeted service user or beneficiaries: This field will only be completed if the answer to the last variable was “other”. This variable identifies what type of unit of measurement is used to account for targeted service users or beneficiaries.",
    }),
    beneficiariesNotes: textCell({ column: "Fund - Service and beneficiaries - (Notes)", description: "(Notes)." }),
    outcomeFundingCurrency: textCell({
      column: "Fund - Dimensions of Scale - Total Outcome Fund value (outcomes funding) - Currency",
      description: "Currency: Currency used to describe the size of Outcome Fund",
    }),
    outcomeFundingAspirationAmount: numberCell({
      column: "Fund - Dimensions of Scale - Total Outcome Fund value (outcomes funding) - Aspiration - Amount - (Value)",
      min: 0,
      description:
        "Amount: Ambition for maximum funding available from the Outcome Fund (to be made for outcome payments directly or assistance to support the development of outcome-contracts)",
    }),
    outcomeFundingAspirationAmountUsd: numberCell({
      column: "Fund - Dimensions of Scale - Total Outcome Fund value (outcomes funding) - Aspiration - Amount USD - (Value)",
      min: 0,
      description:
        "Amount USD: Ambition for maximum funding available from the Outcome Fund (to be made for outcome payments directly or assistance to support the development of outcome-contracts) in USD. (Conversion by INDIGO using World Bank exchange rate of the moment of expression of interest. If there is no data on dates of expression of interest, then we will use the exchange rate of the launch date)",
    }),
    outcomeFundingActualAmount: numberCell({
      column: "Fund - Dimensions of Scale - Total Outcome Fund value (outcomes funding) - Actual - Amount - (Value)",
      min: 0,
      description:
        "Amount: Actual size of funding available from the Outcome Fund (to be made for outcome payments directly or assistance to support the development of outcome-contracts)",
    }),
    outcomeFundingActualAmountUsd: numberCell({
      column: "Fund - Dimensions of Scale - Total Outcome Fund value (outcomes funding) - Actual - Amount USD - (Value)",
      min: 0,
      description:
        "Amount USD: Actual size of funding available from the Outcome Fund (to be made for outcome payments directly or assistance to support the development of outcome-contracts) in USD. (Conversion by INDIGO using World Bank exchange rate of the moment of expression of interest. If there is no data on dates of expression of interest, then we will use the exchange rate of the launch date)",
    }),
    outcomeFundingNotes: textCell({
      column: "Fund - Dimensions of Scale - Total Outcome Fund value (outcomes funding) - (Notes)",
      description: "(Notes).",
    }),
    repayableInvestmentCurrency: textCell({
      column: "Fund - Dimensions of Scale - Total value of repayable investment linked to Outcome Fund - Currency",
      description: "Currency: Currency used to describe the size of repayable investment",
    }),
    repayableInvestmentAspirationAmount: numberCell({
      column: "Fund - Dimensions of Scale - Total value of repayable investment linked to Outcome Fund - Aspiration - Amount - (Value)",
      min: 0,
      description:
        "Amount: Ambition for value of repayable investment associated with the Outcome Fund (i.e., the value of repayable investment committed to resultant Impact Bond projects)",
    }),
    repayableInvestmentAspirationAmountUsd: numberCell({
      column: "Fund - Dimensions of Scale - Total value of repayable investment linked to Outcome Fund - Aspiration - Amount USD - (Value)",
      min: 0,
      description:
        "Amount USD: Ambition for value of repayable investment associated with the Outcome Fund in USD (i.e., the value of repayable investment committed to resultant Impact Bond projects)",
    }),
    repayableInvestmentActualAmount: numberCell({
      column: "Fund - Dimensions of Scale - Total value of repayable investment linked to Outcome Fund - Actual - Amount - (Value)",
      min: 0,
      description:
        "Amount: Actual value of repayable investment associated with the Outcome Fund (i.e., the value of repayable investment committed to resultant Impact Bond projects)",
    }),
    repayableInvestmentActualAmountUsd: numberCell({
      column: "Fund - Dimensions of Scale - Total value of repayable investment linked to Outcome Fund - Actual - Amount USD - (Value)",
      min: 0,
      description:
        "Amount USD: Actual value of repayable investment associated with the Outcome Fund in USD (i.e., the value of repayable investment made available to resultant Impact Bond projects)",
    }),
    repayableInvestmentNotes: textCell({
      column: "Fund - Dimensions of Scale - Total value of repayable investment linked to Outcome Fund - (Notes)",
      description: "(Notes).",
    }),
    numberOfOutcomeContractsAspiration: numberCell({
      column: "Fund - Dimensions of Scale - Number of outcome contracts - Aspiration - (Value)",
      description: "Aspiration: Aspired number of distinct outcomes contracts to be supported by the Outcome Fund",
    }),
    numberOfOutcomeContractsActual: numberCell({
      column: "Fund - Dimensions of Scale - Number of outcome contracts - Actual - (Value)",
      description: "Actual: Resulting number of distinct outcomes contracts supported by the Outcome Fund",
    }),
    numberOfOutcomeContractsNotes: textCell({
      column: "Fund - Dimensions of Scale - Number of outcome contracts - (Notes)",
      description: "(Notes).",
    }),
    numberOfContributingOutcomeFundersAspiration: numberCell({
      column: "Fund - Dimensions of Scale - Number of Contributing Outcome Funders - Aspiration - (Value)",
      description:
        "Aspiration: Aspired number of funder organisations contributing to outcome payments (e.g. a few large donor institutions or lots of local government actors?)",
    }),
    numberOfContributingOutcomeFundersActual: numberCell({
      column: "Fund - Dimensions of Scale - Number of Contributing Outcome Funders - Actual - (Value)",
      description: "Actual: Actual number of funder organisations contributing to outcome payments",
    }),
    numberOfContributingOutcomeFundersNotes: textCell({
      column: "Fund - Dimensions of Scale - Number of Contributing Outcome Funders - (Notes)",
      description: "(Notes).",
    }),
    numberOfIndependentInvestorOrganisationsAspiration: numberCell({
      column: "Fund - Dimensions of Scale - Number of independent investor organisations - Aspiration - (Value)",
      description:
        "Aspiration: Aspired number of institutions who are putting capital at risk as investors across the Outcome Fund (or rather projects supported by the Outcome Fund?) as a whole",
    }),
    numberOfIndependentInvestorOrganisationsActual: numberCell({
      column: "Fund - Dimensions of Scale - Number of independent investor organisations - Actual - (Value)",
      description:
        "Actual: Actual number of institutions who are putting capital at risk as investors across the Outcome Fund (or rather projects supported by the Outcome Fund?) as a whole",
    }),
    numberOfIndependentInvestorOrganisationsNotes: textCell({
      column: "Fund - Dimensions of Scale - Number of independent investor organisations - (Notes)",
      description: "(Notes).",
    }),
    identifierScheme: textCell({ column: "Fund - Identifier Scheme", description: "Identifier Scheme." }),
    identifier: textCell({ column: "Fund - Identifier", description: "Identifier." }),
    country: textCell({ column: "Fund - Country", description: "Country." }),
  })
  .describe("A row of funds.csv (INDIGO Impact Bond Dataset).");
export type Fund = z.infer<typeof Fund>;
