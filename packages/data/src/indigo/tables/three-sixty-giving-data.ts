import { z } from "zod";
import { listCell, requiredTextCell, textCell } from "../../cells.js";

/** One row of `projects_360giving_datas.csv` in the INDIGO Impact Bond Dataset. Field descriptions follow the INDIGO data standard 4.1.0. */
export const ThreeSixtyGivingData = z
  .object({
    projectId: requiredTextCell({ column: "Project ID", description: "The INDIGO project this row belongs to (INDIGO-POJ-####)." }),
    grantId: textCell({
      column: "Grant ID",
      description: "Grant ID: 360Giving identifier that links this impact bond project with data on received grants.",
    }),
    sourceIds: listCell({ column: "Sources", description: "Sources: Source of information about grants and 360Giving IDs." }),
    notes: textCell({ column: "Notes", description: "Notes: Notes on grants and 360Giving IDs." }),
  })
  .describe("A row of projects_360giving_datas.csv (INDIGO Impact Bond Dataset).");
export type ThreeSixtyGivingData = z.infer<typeof ThreeSixtyGivingData>;
