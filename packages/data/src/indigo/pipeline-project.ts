import { z } from "zod";
import { booleanCell, listCell, requiredTextCell, textCell } from "../cells.js";

/**
 * A project of the INDIGO Pipeline Dataset: one row of `pipeline/pipelines.csv` (132 early-stage
 * outcomes-based projects, collected in 2022). Yes/No flags are booleans; "TBD" reads as null (not yet
 * decided). The export repeats the titles `(Source ID's)` and `(Notes)`; the loader numbers repeats
 * by position (`(Notes) [2]`), and each belongs to the section before it.
 */
export const PipelineProject = z
  .object({
    id: requiredTextCell({ column: "ID", description: "ID" }),
    name: requiredTextCell({
      column: "Project Name - (Value)",
      description: "Project Name: Full name that has been to this point given to the project.",
    }),
    alternativeNames: textCell({
      column: "Alternative Names - (Value)",
      description:
        "Alternative Names: Additional or informal names should be specified in this variable. If the project has more than one alternative name, they should be separated by commas.",
    }),
    stateDevelopmentState: textCell({
      column: "State of Development - (Value)",
      codelist: { path: "pipeline.json#/state_development/state/value" },
      description: "State of Development - (Value)",
    }),
    stateDevelopmentReasonAbandoned: textCell({
      column: "State of Development - Reason for abandoned - (Value)",
      description:
        "Reason for abandoned: A list of stakeholders motivations to abandon the project and/or obstacles that the stakeholders could not solve.",
    }),
    stateDevelopmentSourceIds: listCell({
      column: "State of Development - (Source ID's)",
      description: "(Source ID's): Source of information for state of development",
    }),
    stateDevelopmentNotes: textCell({ column: "State of Development - (Notes)", description: "(Notes): Notes on state of development" }),
    stageDevelopmentStage: textCell({
      column: "Stage of Development - (Value)",
      codelist: { path: "pipeline.json#/stage_development/stage/value" },
      description: "Stage of Development - (Value)",
    }),
    stageDevelopmentSourceIds: listCell({
      column: "Stage of Development - (Source ID's)",
      description: "(Source ID's): Source of information for stage of development",
    }),
    stageDevelopmentNotes: textCell({ column: "Stage of Development - (Notes)", description: "(Notes): Notes on stage of development" }),
    instrumentImpactBond: booleanCell({
      column: "Type of instrument and project - Impact Bond - (Value)",
      description: "Impact Bond",
      missing: ["TBD"],
    }),
    instrumentOutcomesFund: booleanCell({
      column: "Type of instrument and project - Outcomes Fund - (Value)",
      description: "Outcomes Fund",
      missing: ["TBD"],
    }),
    instrumentSocialImpactIncentivesSiinc: booleanCell({
      column: "Type of instrument and project - Social Impact Incentives (SIINC) - (Value)",
      description: "Social Impact Incentives (SIINC)",
      missing: ["TBD"],
    }),
    instrumentSocialImpactGuarantee: booleanCell({
      column: "Type of instrument and project - Social Impact Guarantee - (Value)",
      description: "Social Impact Guarantee",
      missing: ["TBD"],
    }),
    instrumentPaymentByResultsNoPrefinancing: booleanCell({
      column: "Type of instrument and project - Payment-by-results (no pre-financing) - (Value)",
      description: "Payment-by-results (no pre-financing)",
      missing: ["TBD"],
    }),
    instrumentTechnicalAssistance: booleanCell({
      column:
        "Type of instrument and project - Technical Assistance and Market-building program (Must involve dedicated grant resources) - (Value)",
      description: "Technical Assistance and Market-building program (Must involve dedicated grant resources)",
      missing: ["TBD"],
    }),
    instrumentOther: textCell({ column: "Type of instrument and project - Other - (Value)", description: "Other" }),
    instrumentOtherSourceIds: listCell({
      column: "(Source ID's)",
      description: "(Source ID's): Source of information for type of instrument",
    }),
    instrumentOtherNotes: textCell({ column: "(Notes)", description: "(Notes): Notes on type of instrument" }),
    largerProgram: booleanCell({
      column: "Part of a larger outcomes-based financing program? - Part of a larger outcomes-based financing program? - (Value)",
      description: "Part of a larger outcomes-based financing program?",
      missing: ["TBD"],
    }),
    largerProgramDetails: textCell({
      column: "Part of a larger outcomes-based financing program? - Details - (Value)",
      description: "Details",
    }),
    largerProgramSourceIds: listCell({
      column: "Part of a larger outcomes-based financing program? - (Source ID's)",
      description: "(Source ID's): Source of information for larger outcomes-based programmes related to this project",
    }),
    largerProgramNotes: textCell({
      column: "Part of a larger outcomes-based financing program? - (Notes)",
      description: "(Notes): Notes on larger outcomes-based programmes related to this project",
    }),
    datesExpectedLaunchDate: textCell({
      column: "Dates - Expected Launch Date - (Value)",
      codelist: { path: "pipeline.json#/dates/expected_launch_date/value", onUnknown: "warn" },
      description: "Expected Launch Date",
    }),
    datesExpectedDevelopmentTime: textCell({
      column: "Dates - Total expected project development time - (Value)",
      codelist: { path: "pipeline.json#/dates/expected_development_time/value", onUnknown: "warn" },
      description: "Total expected project development time",
    }),
    datesExpectedLength: textCell({
      column: "Dates - Expected length of project (years) - (Value)",
      description: "Expected length of project (years): Expected duration of the project",
    }),
    datesDesignProcessBegan: textCell({
      column: "Dates - Project design process began - (Value)",
      description: "Project design process began: Start date of project design process",
    }),
    datesSourceIds: listCell({ column: "Dates - (Source ID's)", description: "(Source ID's): Source of information for dates" }),
    datesNotes: textCell({ column: "Dates - (Notes)", description: "(Notes): Notes on dates" }),
    rationaleOutcomesBasedFinancing: textCell({
      column: "Rationale for using outcome based finance - (Value)",
      description: "Rationale for using outcome based finance: Rationale for using outcomes-based financing",
    }),
    rationaleOutcomesBasedFinancingSourceIds: listCell({
      column: "(Source ID's) [2]",
      description: "(Source ID's): Source of information for type of instrument",
    }),
    rationaleOutcomesBasedFinancingNotes: textCell({ column: "(Notes) [2]", description: "(Notes): Notes on type of instrument" }),
    keyChallengesLaunch: textCell({
      column: "Key challenges to launch - (Value)",
      description: "Key challenges to launch: A list of key challenges to getting the project launched",
    }),
    keyChallengesLaunchSourceIds: listCell({
      column: "(Source ID's) [3]",
      description: "(Source ID's): Source of information for type of instrument",
    }),
    keyChallengesLaunchNotes: textCell({ column: "(Notes) [3]", description: "(Notes): Notes on type of instrument" }),
    governmentOutcomesFunder: booleanCell({
      column: "Role of the domestic government - Outcomes funder - (Value)",
      description: "Outcomes funder",
      missing: ["TBD"],
    }),
    governmentServiceProvider: booleanCell({
      column: "Role of the domestic government - Service provider - (Value)",
      description: "Service provider",
      missing: ["TBD"],
    }),
    governmentMemberProjectCommittee: booleanCell({
      column: "Role of the domestic government - Member of project committee - (Value)",
      description: "Member of project committee",
      missing: ["TBD"],
    }),
    governmentNoFormalRole: booleanCell({
      column: "Role of the domestic government - No formal role - (Value)",
      description: "No formal role",
      missing: ["TBD"],
    }),
    governmentOther: textCell({ column: "Role of the domestic government - Other - (Value)", description: "Other" }),
    governmentOtherSourceIds: listCell({
      column: "(Source ID's) [4]",
      description: "(Source ID's): Source of information for type of instrument",
    }),
    governmentOtherNotes: textCell({ column: "(Notes) [4]", description: "(Notes): Notes on type of instrument" }),
    providerSelectionRequestForProposals: booleanCell({
      column: "Service providers identified and selected - Request-for-proposals - (Value)",
      description: "Request-for-proposals",
      missing: ["TBD"],
    }),
    providerSelectionDirectContracting: booleanCell({
      column: "Service providers identified and selected - Direct contracting by outcome funder/investor/intermediary - (Value)",
      description: "Direct contracting by outcome funder/investor/intermediary",
      missing: ["TBD"],
    }),
    providerSelectionProviderLedDevelopment: booleanCell({
      column: "Service providers identified and selected - Provider-led deal development - (Value)",
      description: "Provider-led deal development",
      missing: ["TBD"],
    }),
    providerSelectionOther: textCell({ column: "Service providers identified and selected - Other - (Value)", description: "Other" }),
    providerSelectionOtherSourceIds: listCell({
      column: "(Source ID's) [5]",
      description: "(Source ID's): Source of information for type of instrument",
    }),
    providerSelectionOtherNotes: textCell({ column: "(Notes) [5]", description: "(Notes): Notes on type of instrument" }),
    feasibilityStudy: booleanCell({
      column: "Feasibility study - (Value)",
      description: "Feasibility study: Was a feasibility study conducted?",
      missing: ["TBD"],
    }),
    feasibilityStudySourceIds: listCell({
      column: "(Source ID's) [6]",
      description: "(Source ID's): Source of information for type of instrument",
    }),
    feasibilityStudyNotes: textCell({ column: "(Notes) [6]", description: "(Notes): Notes on type of instrument" }),
    financingDebt: booleanCell({ column: "Proposed financing instruments - Debt - (Value)", description: "Debt", missing: ["TBD"] }),
    financingEquity: booleanCell({ column: "Proposed financing instruments - Equity - (Value)", description: "Equity", missing: ["TBD"] }),
    financingGuarantee: booleanCell({
      column: "Proposed financing instruments - Guarantee - (Value)",
      description: "Guarantee",
      missing: ["TBD"],
    }),
    financingGrant: booleanCell({ column: "Proposed financing instruments - Grant - (Value)", description: "Grant", missing: ["TBD"] }),
    financingOther: textCell({ column: "Proposed financing instruments - Other - (Value)", description: "Other" }),
    financingOtherSourceIds: listCell({
      column: "(Source ID's) [7]",
      description: "(Source ID's): Source of information for type of instrument",
    }),
    financingOtherNotes: textCell({ column: "(Notes) [7]", description: "(Notes): Notes on type of instrument" }),
    taGrant: booleanCell({
      column: "Technical assistance grant - Technical assistance grant - (Value)",
      description: "Technical assistance grant",
      missing: ["TBD"],
    }),
    taGrantDetails: textCell({ column: "Technical assistance grant - Details - (Value)", description: "Details" }),
    taGrantSourceIds: listCell({
      column: "Technical assistance grant - (Source ID's)",
      description: "(Source ID's): Source of information for technical assistance grants",
    }),
    taGrantNotes: textCell({
      column: "Technical assistance grant - (Notes)",
      description: "(Notes): Notes on technical assistance grants",
    }),
    maxOutcomePaymentCurrency: textCell({
      column: "Overall project finance - Estimated Maximum potential outcome payment - Currency - (Value)",
      description: "Currency",
    }),
    maxOutcomePaymentAmount: textCell({
      column: "Overall project finance - Estimated Maximum potential outcome payment - Amount - (Value)",
      description: "Amount",
    }),
    financeSourceIds: listCell({
      column: "Overall project finance - (Source ID's)",
      description: "(Source ID's): Source of information for maximum potential outcome payments",
    }),
    financeNotes: textCell({
      column: "Overall project finance - (Notes)",
      description: "(Notes): Notes on maximum potential outcome payments",
    }),
    socialChallenge: textCell({
      column: "Purpose and classifications - Social/Developmental challenge - (Value)",
      description:
        "Social/Developmental challenge: Broad definition of the social and/or developmental challenges that the project addresses.",
    }),
    intervention: textCell({
      column: "Purpose and classifications - Expected intervention model - (Value)",
      description: "Expected intervention model: The initial expected intervention model that the project aims to put in place.",
    }),
    sectorEmploymentAndPrivateSectorDevelopment: booleanCell({
      column: "Purpose and classifications - Policy sector - Employment and private sector development - (Value)",
      description: "Employment and private sector development",
      missing: ["TBD"],
    }),
    sectorEducation: booleanCell({
      column: "Purpose and classifications - Policy sector - Education - (Value)",
      description: "Education",
      missing: ["TBD"],
    }),
    sectorSocialProtection: booleanCell({
      column: "Purpose and classifications - Policy sector - Social protection - (Value)",
      description: "Social protection",
      missing: ["TBD"],
    }),
    sectorCriminalJustice: booleanCell({
      column: "Purpose and classifications - Policy sector - Criminal justice - (Value)",
      description: "Criminal justice",
      missing: ["TBD"],
    }),
    sectorHealth: booleanCell({
      column: "Purpose and classifications - Policy sector - Health - (Value)",
      description: "Health",
      missing: ["TBD"],
    }),
    sectorAgriculture: booleanCell({
      column: "Purpose and classifications - Policy sector - Agriculture - (Value)",
      description: "Agriculture",
      missing: ["TBD"],
    }),
    sectorEnvironmentAndClimateChange: booleanCell({
      column: "Purpose and classifications - Policy sector - Environment and climate change - (Value)",
      description: "Environment and climate change",
      missing: ["TBD"],
    }),
    sectorWaterSanitationHygiene: booleanCell({
      column: "Purpose and classifications - Policy sector - Water, Sanitation and Hygiene - (Value)",
      description: "Water, Sanitation and Hygiene",
      missing: ["TBD"],
    }),
    sectorEnergy: booleanCell({
      column: "Purpose and classifications - Policy sector - Energy - (Value)",
      description: "Energy",
      missing: ["TBD"],
    }),
    sectorHumanitarian: booleanCell({
      column: "Purpose and classifications - Policy sector - Humanitarian - (Value)",
      description: "Humanitarian",
      missing: ["TBD"],
    }),
    sectorEarlyChildhoodEducation: booleanCell({
      column: "Purpose and classifications - Policy sector - Early Childhood Education - (Value)",
      description: "Purpose and classifications - Policy sector - Early Childhood Education - (Value)",
      missing: ["TBD"],
    }),
    sectorOther: textCell({ column: "Purpose and classifications - Policy sector - Other - (Value)", description: "Other" }),
    primarySdgGoal: listCell({
      column: "Purpose and classifications - Primary SDG goal - (Value)",
      description:
        "Primary SDG goal: Primary Sustainable Development Goal (SDG) in which the project is based. To be selected from the 17 SDGs defined in the United Nations 2030 Agenda (2015) https://sdgs.un.org/2030agenda. [This is at the project level. This is also captured at the outcome level]",
    }),
    secondarySdgGoals: listCell({
      column: "Purpose and classifications - Secondary SDG goals - (Value)",
      description:
        "Secondary SDG goals: Secondary Sustainable Development Goal (SDG) in which the project is based. Primary SDG Goal must not be included in this variable. [This is at the project level. This is also captured at the outcome level]",
    }),
    primarySdgTarget: textCell({
      column: "Purpose and classifications - Primary SDG target - (Value)",
      description:
        "Primary SDG target: This variable identifies what primary SGD target the project is addressing. See United Nations 2030 Agenda (2015) https://sdgs.un.org/2030agenda. [This is at the project level. This is also captured at the outcome level]",
    }),
    secondarySdgTargets: textCell({
      column: "Purpose and classifications - Secondary SDG targets - (Value)",
      description:
        "Secondary SDG targets: This variable identifies what secondary SGD target the project is addressing. Primary SDG target must not be included in this variable. See United Nations 2030 Agenda (2015) https://sdgs.un.org/2030agenda. [This is at the project level. This is also captured at the outcome level]",
    }),
    classificationSourceIds: listCell({
      column: "Purpose and classifications - (Source ID's)",
      description: "(Source ID's): Source of information for policy sector and SDG classification",
    }),
    classificationNotes: textCell({
      column: "Purpose and classifications - (Notes)",
      description: "(Notes): Notes on policy sector and SDG classification",
    }),
    beneficiariesTargetPopulation: textCell({
      column: "Service users and beneficiaries - Target population - (Value)",
      description:
        "Target population: Description of the population targeted by the project and any eligibility requirement for the cohort of people who are to be offered support.",
    }),
    beneficiariesTargetedNumberServiceUsersOrBeneficiariesTotal: textCell({
      column: "Service users and beneficiaries - Targeted number of unique service users or beneficiaries (total) - (Value)",
      description:
        "Targeted number of unique service users or beneficiaries (total): Intended number of individuals in the target population who will be engaged in the service/intervention and/or whose social outcomes will be evaluated for outcome contract payment calculation.",
    }),
    beneficiariesUnitTypeTargetedServiceUsersOrBeneficiaries: textCell({
      column: "Service users and beneficiaries - Unit type of targeted service users or beneficiaries - (Value)",
      description:
        "Unit type of targeted service users or beneficiaries: Description of the unit of measurement that is used to account for targeted service users or beneficiaries.",
    }),
    beneficiariesUnitDescriptionOfServiceUserOrBeneficiaries: textCell({
      column: "Service users and beneficiaries - Unit description of targeted service user or beneficiaries - (Value)",
      description:
        "Unit description of targeted service user or beneficiaries: This field will only be completed if the answer to the last variable was “other”. This variable identifies what type of unit of measurement is used to account for targeted service users or beneficiaries.",
    }),
    incomeLowIncome: booleanCell({
      column: "Service users and beneficiaries - Country Classification of Service and beneficiaries - Low-income - (Value)",
      description: "Low-income",
      missing: ["TBD"],
    }),
    incomeLowerMiddleIncome: booleanCell({
      column: "Service users and beneficiaries - Country Classification of Service and beneficiaries - Lower-middle-income - (Value)",
      description: "Lower-middle-income",
      missing: ["TBD"],
    }),
    incomeUpperMiddleIncome: booleanCell({
      column: "Service users and beneficiaries - Country Classification of Service and beneficiaries - Upper-middle-income - (Value)",
      description: "Upper-middle-income",
      missing: ["TBD"],
    }),
    incomeHighIncome: booleanCell({
      column: "Service users and beneficiaries - Country Classification of Service and beneficiaries - High-income - (Value)",
      description: "High-income",
      missing: ["TBD"],
    }),
    beneficiariesSourceIds: listCell({
      column: "Service users and beneficiaries - (Source ID's)",
      description: "(Source ID's): Source of information for service users and beneficiaries",
    }),
    beneficiariesNotes: textCell({
      column: "Service users and beneficiaries - (Notes)",
      description: "(Notes): Notes on service users and beneficiaries",
    }),
    notes: textCell({ column: "Notes - (Value)", description: "Notes" }),
    deliveryLocationsName: textCell({ column: "Delivery Locations - Name", description: "Delivery Locations - Name" }),
    deliveryLocationsCountry: listCell({ column: "Delivery Locations - Country", description: "Delivery Locations - Country" }),
  })
  .describe("A pipeline project of the INDIGO Pipeline Dataset (pipelines.csv).");
export type PipelineProject = z.infer<typeof PipelineProject>;
