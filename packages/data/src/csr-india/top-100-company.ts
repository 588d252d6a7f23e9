import { z } from "zod";
import { integerCell, numberCell, requiredTextCell, textCell } from "../cells.js";

/**
 * One company of the MCA scraper's input list: one row of
 * `fy2014-17_project_level_mca_scraper/csr_top_100.csv`, the 100 largest CSR spenders of FY
 * 2014-15 to 2016-17 by ProwessDx (spfrantz/MCA-CSR-Scraper).
 */
export const CsrTop100Company = z
  .object({
    companyName: requiredTextCell({ column: "company_name", description: "Company name in ProwessDx style (`A C C LTD.`)." }),
    cin: textCell({
      column: "cin",
      missing: ["NA"],
      description:
        "Corporate Identification Number; null where the list has `NA` (State Bank of India, Punjab National Bank); `F00689` is a foreign company's number.",
    }),
    csrTotal: numberCell({
      column: "csr_total",
      description: "Total CSR spending FY 2014-15 to 2016-17 from ProwessDx standalone reports; the unit is not documented upstream.",
    }),
    csrTotalRank: integerCell({ column: "csr_total_rank", description: "Rank by csr_total, 1 = largest; unique." }),
  })
  .describe("A company of the MCA scraper's top-100 input list (csr_top_100.csv).");
export type CsrTop100Company = z.infer<typeof CsrTop100Company>;
