import { z } from "zod";
import { enumCell, moneyCell, partialDateCell, requiredTextCell, textCell } from "../cells.js";
import { cinFromUrlCell } from "./cin-from-url-cell.js";

function crore(column: string, what: string) {
  return moneyCell({
    column,
    unit: "INR crore",
    description: `${what}, in INR crore (published as text such as "₹ 10.44"); null when blank.`,
  });
}

/**
 * A company profile scraped from csr.gov.in: one row of the `csr.gov.in` sheet of
 * `company_master_csr_gov_in/Final_Data_csr.gov.in.xlsx` (DaanMatch/Codebook), with financials
 * for FY 2014-15 to 2016-17. The only file here with a CIN-to-name mapping at scale; the CIN is
 * read out of the profile URL. E-mail and registered address are contact data: marked sensitive.
 */
export const CsrCompanyProfile = z
  .object({
    url: requiredTextCell({ column: "Url", description: "The company's profile page on csr.gov.in." }),
    cin: cinFromUrlCell({
      column: "Url",
      description: "Corporate Identification Number, read from the URL's `CIN=` parameter and kept as written; unique.",
    }),
    companyName: requiredTextCell({
      column: "Company Name",
      description: "Company name as the portal shows it, in title case, suffixes sometimes glued (`Privatelimited`).",
    }),
    dateOfIncorporation: partialDateCell({ column: "Date of Incorporation", description: "Date of incorporation (ISO date)." }),
    companyClass: enumCell({
      column: "Class",
      description: "Class of company.",
      values: ["Private", "Public", "Private(One Person Company)"],
    }),
    roc: textCell({ column: "RoC", description: "Registrar of Companies, e.g. `RoC-Mumbai` (also `ROC-Ernakulam`, `Unclassified`)." }),
    category: enumCell({
      column: "Category",
      description: "Company category.",
      values: ["Company limited by Shares", "Company Limited by Guarantee", "Unlimited Company"],
    }),
    subCategory: enumCell({
      column: "Sub Category",
      description: "Company sub-category, as published (`Guarantee and Association comp` is truncated).",
      values: [
        "Non-govt company",
        "Subsidiary of Foreign Company",
        "State Govt company",
        "Union Govt company",
        "Guarantee and Association comp",
      ],
    }),
    listingStatus: enumCell({ column: "Listing Status", description: "Whether the company is listed.", values: ["Listed", "Unlisted"] }),
    registeredAddress: textCell({
      column: "Registered Address",
      description: "Registered office address as published (a few are only a PIN code).",
      sensitive: true,
    }),
    state: textCell({
      column: "State",
      description: "State of the registered office, in the portal's older spellings (`Orissa`, `Pondicherry`, `Dadar Nagar Haveli`).",
    }),
    email: textCell({ column: "Email ID", description: "Company contact e-mail as published on the portal.", sensitive: true }),
    paidUpCapital: crore("Paid-up Capital (in INR Cr.)", "Paid-up capital"),
    authorisedCapital: crore("Authorized Capital (in INR Cr.)", "Authorised capital"),
    turnover2014to15: crore("FY 2014-15 Turnover (in INR Cr.)", "Turnover in FY 2014-15"),
    netWorth2014to15: crore("FY 2014-15 Networth (in INR Cr.)", "Net worth in FY 2014-15"),
    netProfit2014to15: crore("FY 2014-15 Net Profit (in INR Cr.)", "Net profit in FY 2014-15"),
    turnover2015to16: crore("FY 2015-16 Turnover (in INR Cr.)", "Turnover in FY 2015-16"),
    netWorth2015to16: crore("FY 2015-16 Networth (in INR Cr.)", "Net worth in FY 2015-16"),
    netProfit2015to16: crore("FY 2015-16 Net Profit (in INR Cr.)", "Net profit in FY 2015-16"),
    turnover2016to17: crore("FY 2016-17 Turnover (in INR Cr.)", "Turnover in FY 2016-17"),
    netWorth2016to17: crore("FY 2016-17 Networth (in INR Cr.)", "Net worth in FY 2016-17"),
    netProfit2016to17: crore("FY 2016-17 Net Profit (in INR Cr.)", "Net profit in FY 2016-17"),
  })
  .describe("A company profile from csr.gov.in with FY 2014-15 to 2016-17 financials (Final_Data_csr.gov.in.xlsx).");
export type CsrCompanyProfile = z.infer<typeof CsrCompanyProfile>;
