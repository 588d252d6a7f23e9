import { z } from "zod";
import { booleanCell, integerCell, moneyCell, requiredTextCell, textCell } from "../cells.js";

/**
 * A top-100 company's community-development spending in the three years before the s.135
 * mandate: one row of `sec135_company_year/csr_before.csv` (spfrantz/sec135-before-after),
 * collected by hand from annual and sustainability reports. Amounts are INR millions.
 */
export const CsrSpendBeforeMandate = z
  .object({
    companyName: requiredTextCell({ column: "company_name", description: "Company name in ProwessDx style (`A C C LTD.`)." }),
    cin: textCell({
      column: "cin",
      missing: ["NA"],
      description: "Corporate Identification Number; null where the file has `NA` (State Bank of India, Punjab National Bank).",
    }),
    csrTotalRank: integerCell({
      column: "csr_total_rank",
      description: "Rank by total s.135 CSR spending FY 2014-15 to 2017-18 (ProwessDx), 1 = largest; unique.",
    }),
    spend2011to12: moneyCell({
      column: "csr_2011_12",
      unit: "INR million",
      description: "Community-development spending in FY 2011-12, in INR millions; null where no report gave it.",
    }),
    spend2012to13: moneyCell({
      column: "csr_2012_13",
      unit: "INR million",
      description: "Community-development spending in FY 2012-13, in INR millions; null where no report gave it.",
    }),
    spend2013to14: moneyCell({
      column: "csr_2013_14",
      unit: "INR million",
      description: "Community-development spending in FY 2013-14, in INR millions; null where no report gave it.",
    }),
    public: booleanCell({
      column: "public",
      description: "True for a central or state public-sector unit (PSU), false for a private company.",
    }),
  })
  .describe("A top-100 company's CSR spending before the s.135 mandate, FY 2011-12 to 2013-14 (csr_before.csv).");
export type CsrSpendBeforeMandate = z.infer<typeof CsrSpendBeforeMandate>;
