import { z } from "zod";
import { listCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_outcome_metrics.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const OutcomeMetric = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    id: textCell({
      column: "Id",
      description:
        "Id: A within-project original, flexible identifiers to be referenced in another sheet. This can be set by the GO Lab team. These identifiers could be ‘outcomemetric1’, ‘outcomemetric2’, etc.",
    }),
    definition: textCell({
      column: "Outcome Definition - (Value)",
      description:
        "Outcome Definition: The outcome is what changes for an individual as the result of a service or intervention. Example of outcomes include ‘access to a formal job’, ‘improve learning at school’, ‘improve access to health services’, etc.",
    }),
    targetPopulation: textCell({
      column: "Target Population - (Value)",
      description:
        "Target Population: Description of the targeted population of beneficiaries or service users that are intended to achieve pre-arranged social outcomes.",
    }),
    targetedNumberOfServiceUsersOrBeneficiariesTotal: textCell({
      column: "Targeted number of service users Or beneficiaries (total) - (Value)",
      description:
        "Targeted number of service users Or beneficiaries (total): Targeted number of beneficiaries/service users for each outcome metric Published as text: some values are not plain numbers.",
    }),
    unitTypeOfTargetedServiceUsersOrBeneficiaries: textCell({
      column: "Unit type of targeted Service users or beneficiaries - (Value)",
      description:
        "Unit type of targeted Service users or beneficiaries: Description of the unit of measurement that is used to account for targeted service users or beneficiaries.",
    }),
    unitDescriptionOfServiceUserOrBeneficiaries: textCell({
      column: "Unit description of Service user or beneficiaries - (Value)",
      description:
        "Unit description of Service user or beneficiaries: This field will only be completed if the answer to the last variable was “other”. This variable identifies what type of unit of measurement is used to account for targeted service users or beneficiaries.",
    }),
    outcomeMetricTarget: textCell({
      column: "Outcome metric target - (Value)",
      description:
        "Outcome metric target: An outcome metric target is the specific value attached to the measure of outcomes for the purposes of determining whether satisfactory performance has been achieved. In an impact bond, these targets will usually determine whether a payment is made to the provider or investor. This variable provides a detailed description of the metric(s) used to determine payments from the outcome payers. It should provide a clear definition of the conditions under which an outcome is agreed to have been ‘achieved’ or ‘not achieved’.",
    }),
    otherTargetForMeetingOutcomeMetricTarget: textCell({
      column: "Other target for Meeting outcome metric target - (Value)",
      description:
        "Other target for Meeting outcome metric target: This variable identifies information about other/secondary targets that need to be met in order to achieve the outcome.",
    }),
    outcomeValidationMethod: textCell({
      column: "Outcome validation Method - (Value)",
      description:
        "Outcome validation Method: The approach taken to assessing whether the specified outcomes have been achieved and the basis on which ‘outcome payments’ will be made. This could take the form of validated administrative data (for example in a rate card for youth engagement where young people achieve education outcomes, the production of these qualifications may be used as the basis of outcome payments) or a formal and independent impact evaluation (for example under a Randomised Control Trial or quasi-experimental study outcome payments are only made when the performance of the treatment group is significantly improved when compared to the control group). To be selected from: Randomised Control Trial; Quasi-experimental study; Historical comparison (e.g. comparison to historical benchmark); Pre-Post analysis (measurement of outcomes for target individual or cohort before and after intervention); Simple ex-post verification; Not available.",
    }),
    dataSourceForOutcomeValidation: textCell({
      column: "Data source for Outcome validation - (Value)",
      description:
        "Data source for Outcome validation: The sources of information for outcome validation could be existing administrative data or new data collected.",
    }),
    policySector: textCell({
      column: "Policy sector - (Value)",
      description: "Policy sector: Main policy sector in which the outcome metric is based.",
    }),
    primarySdgGoal: listCell({
      column: "Primary SDG goal - (Value)",
      description:
        "Primary SDG goal: Primary Sustainable Development Goal (SDG) in which the project is based. To be selected from the 17 SDGs defined in the United Nations 2030 Agenda (2015) https://sdgs.un.org/2030agenda.",
    }),
    secondarySdgGoals: listCell({
      column: "Secondary SDG goals - (Value)",
      description:
        "Secondary SDG goals: Secondary Sustainable Development Goal (SDG) in which the project is based. Primary SDG Goal must not be included in this variable.",
    }),
    primarySdgTarget: listCell({
      column: "Primary SDG target - (Value)",
      description:
        "Primary SDG target: This variable identifies what primary SGD target the project is addressing. See United Nations 2030 Agenda (2015) https://sdgs.un.org/2030agenda.",
    }),
    secondarySdgTargets: listCell({
      column: "Secondary SDG targets - (Value)",
      description:
        "Secondary SDG targets: This variable identifies what secondary SGD target the project is addressing. Primary SDG target must not be included in this variable. See United Nations 2030 Agenda (2015) https://sdgs.un.org/2030agenda.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Source of information about outcome metrics." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on outcome metrics." }),
  })
  .describe("A row of projects_outcome_metrics.csv (INDIGO Impact Bond Dataset).");
export type OutcomeMetric = z.infer<typeof OutcomeMetric>;
