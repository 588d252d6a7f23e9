import { z } from "zod";
import { listCell, partialDateCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_service_provisions.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const ServiceProvision = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    id: textCell({
      column: "Id",
      description:
        "Id: A within-project original, flexible identifiers to be referenced in another sheet. This will be set by the GO Lab team. These names could be ‘serviceprovider1’, ‘serviceprovider2’, etc.",
    }),
    organisationId: textCell({
      column: "Organisation ID - (Value)",
      description:
        "Organisation ID: INDIGO identifier of the organisation that provides services for this impact bond project. See INDIGO Identifiers section.",
    }),
    organisationRoleCategory: textCell({
      column: "Organisation Role Category - (Value)",
      description: "Organisation Role Category: Category of service provider.",
    }),
    intervention: textCell({
      column: "Intervention - (Value)",
      description:
        "Intervention: Description of the intervention or the activities that service providers are funded to address the social challenge.",
    }),
    plannedServiceStartDate: textCell({
      column: "Planned Service - Start - (Value)",
      description: "Start: Expected date when service delivery starts.",
    }),
    plannedServiceEndDate: textCell({
      column: "Planned Service - End - (Value)",
      description: "End: Expected date when service delivery ends.",
    }),
    actualServiceStartDate: partialDateCell({
      column: "Actual Service - Start - (Value)",
      description: "Start: Actual date when service delivery starts.",
    }),
    actualServiceEndDate: partialDateCell({
      column: "Actual Service - End - (Value)",
      description: "End: Actual date when service delivery ends.",
    }),
    alterationsDescription: textCell({
      column: "Alterations to service - Description - (Value)",
      description:
        "Description: This variable specifies whether there has been a modification in the service delivery. Where there are multiple alterations, this field should describe all alterations that have taken place.",
    }),
    alterationsReason: textCell({
      column: "Alterations to service - Reason - (Value)",
      description:
        "Reason: This variable presents the motivation for that modification, if applicable. Where there are multiple alterations, this field should describe the reason for all alterations that have taken place.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Source of information about service provision." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on service provision." }),
  })
  .describe("A row of projects_service_provisions.csv (INDIGO Impact Bond Dataset).");
export type ServiceProvision = z.infer<typeof ServiceProvision>;
