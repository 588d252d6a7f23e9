import { z } from "zod";
import { booleanCell, enumCell, integerCell, numberCell, requiredTextCell, textCell } from "../cells.js";

/**
 * CSR spending of one top-100 company in one year as a share of profits: one row of
 * `sec135_company_year/csr_data_public.csv` (spfrantz/sec135-before-after; Frantz 2020,
 * "CSR from the Top-Down"), FY 2007-08 to 2018-19.
 */
export const CsrCompanyYear = z
  .object({
    id: integerCell({ column: "id", description: "Row ID of the company-year; unique." }),
    companyName: requiredTextCell({ column: "company_name", description: "Company name in ProwessDx style (`A C C LTD.`)." }),
    cin: textCell({
      column: "cin",
      missing: ["NA"],
      description: "Corporate Identification Number; null where the file has `NA` (State Bank of India, Punjab National Bank).",
    }),
    rankCsr: integerCell({
      column: "rank_csr",
      description: "Rank by total s.135 CSR spending FY 2014-15 to 2017-18 (ProwessDx), 1 = largest.",
    }),
    public: booleanCell({
      column: "public",
      description: "True for a central or state public-sector unit (PSU), false for a private company.",
    }),
    year: enumCell({
      column: "year",
      description: "Financial year, written with an underscore (`2014_15`).",
      values: [
        "2007_08",
        "2008_09",
        "2009_10",
        "2010_11",
        "2011_12",
        "2012_13",
        "2013_14",
        "2014_15",
        "2015_16",
        "2016_17",
        "2017_18",
        "2018_19",
      ],
    }),
    spendingPbt3Pct: numberCell({
      column: "spending_pbt3_pct",
      missing: ["NA"],
      description:
        "s.135 CSR spending as a percentage of the previous three years' average pre-tax profit (2 = the mandated 2%); null (`NA`) without three years of profit data; negative where profits were negative.",
    }),
  })
  .describe("A top-100 company's CSR spending in one year as a share of profits (csr_data_public.csv).");
export type CsrCompanyYear = z.infer<typeof CsrCompanyYear>;
