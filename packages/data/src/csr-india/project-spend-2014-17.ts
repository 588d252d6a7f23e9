import { z } from "zod";
import { enumCell, integerCell, moneyCell, requiredTextCell, textCell } from "../cells.js";

/**
 * One CSR project disclosure on the old National CSR Portal, FY 2014-15 to 2016-17: one row of
 * `fy2014-17_project_level_mca_scraper/csr_top_100_results.csv`, scraped on 2019-01-29 for the
 * top-100 spenders (spfrantz/MCA-CSR-Scraper). Raw, as published: sector, state, district and
 * mode keep the portal's inconsistent spellings; amounts are rupees.
 */
export const CsrProjectSpend2014to17 = z
  .object({
    rowIndex: integerCell({
      column: "",
      description: "The unnamed pandas index the scraper wrote (0, 1, 2, ...): the only value unique to each row.",
    }),
    projectNumber: integerCell({
      column: "id",
      description: "The project's number in its company's disclosure for the year (1, 2, ...); not unique on its own.",
    }),
    projectName: textCell({
      column: "proj_name",
      description: "Project name as the company disclosed it; may contain line breaks, kept as published.",
    }),
    sector: textCell({
      column: "proj_sector",
      description:
        "Schedule VII item as published, in inconsistent case (`Health Care`, `Health care`, `NEC/ Not Mentioned`, `Nec/ Not Mentioned`).",
    }),
    state: textCell({ column: "state", description: "State of the project, or `PAN India` / `NEC/ Not mentioned`, as published." }),
    district: textCell({ column: "district", description: "District of the project, or `NEC/ Not mentioned`, as published." }),
    outlay: moneyCell({ column: "outlay", unit: "INR", description: "Amount outlay (budget) for the project, in rupees." }),
    spent: moneyCell({
      column: "spent",
      unit: "INR",
      description: "Amount spent on the project in the year, in rupees; a few are negative, as published.",
    }),
    mode: enumCell({
      column: "mode",
      description: "Mode of implementation, in the portal's ten spellings (typos and truncations included).",
      values: [
        "Directly",
        "Directly by company",
        "Other Implementing Agency",
        "Other implementing agencies",
        "Combined",
        "NEC/ Not Mentioned",
        "By Trusts/ Societies/ Section 8 Company set up by the Company itself",
        "By Trusts/Societies/Section 8 company set up by company itself",
        "By Trust/ Societies/ Section 8 Company set up by Central or State Governement or entities established under Special act of Parliament/ State legislature",
        "By Trusts/Societies/Section 8 company set up by Central or State Government or entities established under special Act of Parliamen",
      ],
    }),
    year: enumCell({ column: "year", description: "Financial year of the disclosure.", values: ["2014-15", "2015-16", "2016-17"] }),
    cin: requiredTextCell({ column: "cin", description: "Corporate Identification Number of the company." }),
    companyName: requiredTextCell({
      column: "company_name",
      description: "Company name from the scraper's input list, in ProwessDx style (`A C C LTD.`, `N T P C LTD.`).",
    }),
  })
  .describe("A CSR project of a top-100 spender on the old National CSR Portal, FY 2014-15 to 2016-17 (csr_top_100_results.csv).");
export type CsrProjectSpend2014to17 = z.infer<typeof CsrProjectSpend2014to17>;
