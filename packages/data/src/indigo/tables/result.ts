import { z } from "zod";
import { listCell, numberCell, partialDateCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_results.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const Result = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    outcomeMetricId: textCell({
      column: "Outcome Metric Id - (Value)",
      description:
        'Outcome Metric Id: The Outcome Metric this result belongs to. This should be an Id from the "Outcome Metrics" section of the same project.',
    }),
    resultLevel: textCell({
      column: "Result level - (Value)",
      codelist: { path: "project.json#/results/result_level/value" },
      description: "Result level: This variable specifies whether a result was captured at the outcome level or project level.",
    }),
    resultType: textCell({
      column: "Result type - (Value)",
      codelist: { path: "project.json#/results/result_type/value" },
      description:
        "Result type: This variable specifies whether a result is interim or final. Interim results are reported when the GO Lab receives data from live projects. Final results are reported when the GO Lab receives the final data for complete projects.",
    }),
    periodStartDate: textCell({
      column: "Period - Start - (Value)",
      description: "Start: This variable provides the start date of the performance period.",
    }),
    periodEndDate: partialDateCell({
      column: "Period - End - (Value)",
      description: "End: This variable provides the end date of the performance period.",
    }),
    outcomesAchieved: textCell({
      column: "Outcomes achieved - (Value)",
      description:
        "Outcomes achieved: A description of the outcomes that were achieved, according to the specifications of the contract. This description can be similar to the description of outcome metrics in the ‘Outcome metric’ tab.",
    }),
    numberEngagedInImpactBond: textCell({
      column: "Number engaged In impact bond - (Value)",
      description:
        "Number engaged In impact bond: Number of users or beneficiaries who engaged in the impact bond project. This variable should be completed only when projects are sharing data at the project level. Published as text: some values are not plain numbers.",
    }),
    numberWithPositiveSocialOutcomes: numberCell({
      column: "Number with Positive social outcomes - (Value)",
      description:
        "Number with Positive social outcomes: Number of users or beneficiaries who engaged in the impact bond project and achieved positive outcomes. This variable should be completed only when projects are sharing data at the project level.",
    }),
    otherDescriptionOfResult: textCell({
      column: "Other Description of result - (Value)",
      description: "Other Description of result: A broader description of the results of the impact bond, if applicable.",
    }),
    outcomesValidatorOrganisationIds: listCell({
      column: "Outcomes validator(s) - (Value)",
      description:
        "Outcomes validator(s): Name(s) of organization(s) responsible for validating the achievement of outcomes or otherwise assessing the metrics underpinning outcome payments. One outcome can have two or more validators.",
    }),
    evaluationDocumentsSourceIds: listCell({
      column: "Evaluation Documents - (Value)",
      description:
        "Evaluation Documents: An evaluation is an objective assessment of a programme to determine whether and to what degree the intervention in an impact bond project has had an impact on the measured outcome variables over time. This variable provides a link to any published evaluations, if applicable.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Source of information about results." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on results." }),
    sandboxes: textCell({ column: "(In Sandboxes)", description: "(In Sandboxes)." }),
  })
  .describe("A row of projects_results.csv (INDIGO Impact Bond Dataset).");
export type Result = z.infer<typeof Result>;
