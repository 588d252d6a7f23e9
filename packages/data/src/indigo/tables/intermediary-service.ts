import { z } from "zod";
import { listCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_intermediary_services.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const IntermediaryService = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    organisationId: textCell({
      column: "Organisation ID - (Value)",
      description:
        "Organisation ID: INDIGO identifier for the organisation that provides intermediary services for this project. See INDIGO Identifiers section.",
    }),
    organisationRoleCategory: textCell({
      column: "Organisation Role Category - (Value)",
      codelist: { path: "project.json#/intermediary_services/organisation_role_category/value", onUnknown: "warn" },
      description: "Organisation Role Category: The role(s) or key functions performed by each of the named intermediaries.",
    }),
    otherRoleDescription: textCell({
      column: "Other Role Description - (Value)",
      description:
        "Other Role Description: If an organization is providing a role that is not listed above, it can be listed in this field.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Source of information about intermediary organisations." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on intermediary organisations." }),
  })
  .describe("A row of projects_intermediary_services.csv (INDIGO Impact Bond Dataset).");
export type IntermediaryService = z.infer<typeof IntermediaryService>;
