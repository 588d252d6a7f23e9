import { z } from "zod";
import { integerCell, textCell } from "../cells.js";

/**
 * A CIN the MCA scraper skipped because the portal does not hold it: one row of
 * `fy2014-17_project_level_mca_scraper/csr_top_100_exceptions.csv`.
 */
export const CsrTop100Exception = z
  .object({
    rowIndex: integerCell({ column: "", description: "The unnamed pandas index the scraper wrote (0, 1, 2)." }),
    cin: textCell({
      column: "cin",
      missing: ["NA"],
      description: "The CIN skipped, e.g. the foreign-company number `F00689`; null where the input list had `NA`.",
    }),
  })
  .describe("A CIN the MCA scraper could not look up (csr_top_100_exceptions.csv).");
export type CsrTop100Exception = z.infer<typeof CsrTop100Exception>;
