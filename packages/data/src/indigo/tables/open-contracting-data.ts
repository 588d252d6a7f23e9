import { z } from "zod";
import { listCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_open_contracting_datas.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const OpenContractingData = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    ocid: textCell({
      column: "OCID",
      description: "OCID: Open Contracting unique identifier (OCID) of a procurement process associated with this impact bond project.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Source of information about procurement documents and OCIDs." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on procurement documents and OCIDs." }),
  })
  .describe("A row of projects_open_contracting_datas.csv (INDIGO Impact Bond Dataset).");
export type OpenContractingData = z.infer<typeof OpenContractingData>;
