import { z } from "zod";
import { enumCell, requiredTextCell, textCell } from "../cells.js";
import { floatMoneyCell } from "./float-money-cell.js";

/**
 * One project row of a current National CSR Portal export, FY 2023-24: one row of
 * `fy2023-24_project_level_sample/live_csr_sample.csv` (an 8,000-row extract kept by
 * athanikonda/India-CSR-Dashboard; the CSV is the `.json` beside it, written as CSV). No CIN,
 * district, project name, outlay or mode in this format.
 */
export const CsrProjectSpend2023to24 = z
  .object({
    companyName: requiredTextCell({
      column: "Company Name",
      description: "Company name in upper case (`RELIANCE INDUSTRIES LIMITED`); the only company identifier in this format.",
    }),
    financialYear: enumCell({
      column: "Financial Year",
      description: "Financial year; every row of this sample is FY 2023-24.",
      values: ["FY 2023-24"],
    }),
    psu: enumCell({
      column: "PSU/Non-PSU",
      description: "Whether the company is a public-sector undertaking.",
      values: ["PSU", "Non-PSU"],
    }),
    state: textCell({
      column: "CSR State",
      description: "State of the project, or `PAN India`, `PAN India (Other Centralized Funds)`, `NEC/Not Mentioned`, as published.",
    }),
    developmentSector: textCell({
      column: "CSR Development Sector",
      description: "The broad sector group (14 values, e.g. `Education, Differently Abled, Livelihood`).",
    }),
    subDevelopmentSector: textCell({
      column: "CSR Sub Development Sector",
      description: "The specific Schedule VII item (29 values, e.g. `Education`, `Health care`).",
    }),
    amountSpent: floatMoneyCell({
      column: "Project Amount Spent (In INR Cr.)",
      unit: "INR crore",
      description: "Amount spent on the project, in INR crore, as a float (some in exponent notation, e.g. `3.5e-06`).",
    }),
  })
  .describe("A CSR project row of a FY 2023-24 National CSR Portal export (live_csr_sample.csv).");
export type CsrProjectSpend2023to24 = z.infer<typeof CsrProjectSpend2023to24>;
