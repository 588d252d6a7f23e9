import { z } from "zod";
import { enumCell, requiredTextCell, textCell } from "../cells.js";
import { floatMoneyCell } from "./float-money-cell.js";

/**
 * One project row of a National CSR Portal export, FY 2024-25: one row of
 * `fy2024-25_export_excerpt/CSR_Report_2026-09-03_excerpt.csv` (66 rows transcribed from
 * subhashinitunes0110/ImpactSphere). Same seven columns as the FY 2023-24 export, but the two
 * sector columns hold each other's content; kept raw, as published here.
 */
export const CsrProjectSpend2024to25 = z
  .object({
    companyName: requiredTextCell({
      column: "Company Name",
      description: "Company name in upper case; the only company identifier in this format.",
    }),
    financialYear: enumCell({
      column: "Financial Year",
      description: "Financial year; every row of this export is FY 2024-25.",
      values: ["FY 2024-25"],
    }),
    psu: enumCell({
      column: "PSU/Non-PSU",
      description: "Whether the company is a public-sector undertaking.",
      values: ["PSU", "Non-PSU"],
    }),
    state: textCell({
      column: "CSR State",
      description: "State of the project, or `PAN India (Other Centralized Funds)`, `NEC/Not mentioned`, as published.",
    }),
    developmentSector: textCell({
      column: "CSR Development Sector",
      description:
        "As published under this title, which in this export holds the SPECIFIC Schedule VII item (`Animal welfare`, `Education`): swapped with the sub-sector column compared with FY 2023-24.",
    }),
    subDevelopmentSector: textCell({
      column: "CSR Sub Development Sector",
      description:
        "As published under this title, which in this export holds the BROAD sector group (`Environment, Animal Welfare, Conservation Of Resources`): swapped with the sector column compared with FY 2023-24.",
    }),
    amountSpent: floatMoneyCell({
      column: "Project Amount Spent (In INR Cr.)",
      unit: "INR crore",
      description: "Amount spent on the project, in INR crore; null (empty in the file, never zero) on NEC/Not mentioned rows.",
    }),
  })
  .describe(
    "A CSR project row of a FY 2024-25 National CSR Portal export, sector columns as published (CSR_Report_2026-09-03_excerpt.csv).",
  );
export type CsrProjectSpend2024to25 = z.infer<typeof CsrProjectSpend2024to25>;
