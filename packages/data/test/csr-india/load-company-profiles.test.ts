import { describe, expect, it } from "vitest";
import { cellMeta } from "../../src/cells.js";
import { CsrCompanyProfile } from "../../src/csr-india/company-profile.js";
import { CSR_COMPANY_PROFILES_FILE, loadCsrCompanyProfiles } from "../../src/csr-india/load-company-profiles.js";
import { DataError } from "../../src/data-error.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";
import { xlsxFixture } from "./xlsx-fixture.js";

const HEADER = [
  "Url",
  "Company Name",
  "Date of Incorporation",
  "Class",
  "RoC",
  "Category",
  "Sub Category",
  "Listing Status",
  "Registered Address",
  "State",
  "Email ID",
  "Paid-up Capital (in INR Cr.)",
  "Authorized Capital (in INR Cr.)",
  "FY 2014-15 Turnover (in INR Cr.)",
  "FY 2014-15 Networth (in INR Cr.)",
  "FY 2014-15 Net Profit (in INR Cr.)",
  "FY 2015-16 Turnover (in INR Cr.)",
  "FY 2015-16 Networth (in INR Cr.)",
  "FY 2015-16 Net Profit (in INR Cr.)",
  "FY 2016-17 Turnover (in INR Cr.)",
  "FY 2016-17 Networth (in INR Cr.)",
  "FY 2016-17 Net Profit (in INR Cr.)",
];
const PROFILE = "https://csr.gov.in/companyprofile/dashboard.php?CIN=";
const COMPANY = ["Company limited by Shares", "Non-govt company", "Unlisted", "1 Main Road  400001", "Maharashtra", "a@example.com"];

async function workbook(...rows: (string | number)[][]) {
  const bytes = await xlsxFixture((wb) => {
    const ws = wb.addWorksheet("csr.gov.in");
    ws.addRow(HEADER);
    for (const row of rows) ws.addRow(row);
  });
  return fixtureDataDir({ [CSR_COMPANY_PROFILES_FILE]: bytes });
}

const real = loadCsrCompanyProfiles(realDataDir(), { mode: "strict" });

describe("loadCsrCompanyProfiles", () => {
  it("loads the real workbook: 15,622 profiles, one CIN each, 0 rejected, every column mapped", async () => {
    const result = await real;
    expect(result.accounting).toEqual({ rowsIn: 15622, accepted: 15622, rejected: 0 });
    expect(result.warnings).toEqual([]);
    expect(new Set(result.records.map((p) => p.cin)).size).toBe(15622);
    expect(result.provenance.files[0]).toMatchObject({ path: CSR_COMPANY_PROFILES_FILE });
  });

  it("extracts the CIN from the URL and reads ₹ text and numeric capital cells as INR crore", async () => {
    const { records } = await real;
    expect(records[0]).toEqual({
      url: "https://csr.gov.in/companyprofile/dashboard.php?CIN=U74130DL1996PTC077293",
      cin: "U74130DL1996PTC077293",
      companyName: "International Market Assessment (india)private Limited",
      dateOfIncorporation: "1996-03-19",
      companyClass: "Private",
      roc: "RoC-Delhi",
      category: "Company limited by Shares",
      subCategory: "Non-govt company",
      listingStatus: "Unlisted",
      registeredAddress: "P - 2HAUZ KHAS  110016",
      state: "Delhi",
      email: "prashant@ima-india.com",
      paidUpCapital: 1,
      authorisedCapital: 1,
      turnover2014to15: 0,
      netWorth2014to15: 0,
      netProfit2014to15: 8.13,
      turnover2015to16: 47.47,
      netWorth2015to16: 37.51,
      netProfit2015to16: 10.44,
      turnover2016to17: 0,
      netWorth2016to17: 0,
      netProfit2016to17: 10.44,
    });
    expect(records[1]).toMatchObject({ cin: "L72900TN2011PLC080183", paidUpCapital: 62.56, authorisedCapital: 75, turnover2016to17: null });
  });

  it("keeps the one 22-character CIN as published, and the six addresses that are only a PIN code as text", async () => {
    const { records } = await real;
    expect(records.filter((p) => p.cin.length !== 21).map((p) => [p.cin, p.companyName])).toEqual([
      ["U24233MH2011PTC2141653", "James Walker Inmarco Industries Privatelimited"],
    ]);
    expect(records.filter((p) => /^\d+$/.test(p.registeredAddress ?? "")).map((p) => p.registeredAddress)).toEqual([
      "110020",
      "110019",
      "110019",
      "363315",
      "411012",
      "411042",
    ]);
  });

  it("reads blank financials as null, never zero: 5,596 profiles have none of the nine", async () => {
    const { records } = await real;
    const financials = [
      "turnover2014to15",
      "netWorth2014to15",
      "netProfit2014to15",
      "turnover2015to16",
      "netWorth2015to16",
      "netProfit2015to16",
      "turnover2016to17",
      "netWorth2016to17",
      "netProfit2016to17",
    ] as const;
    expect(records.filter((p) => financials.every((f) => p[f] === null)).length).toBe(5596);
    expect(financials.map((f) => records.filter((p) => p[f] === null).length)).toEqual([
      9039, 9039, 9039, 7370, 7370, 7370, 8351, 8351, 8351,
    ]);
  });

  it("marks e-mail and registered address as sensitive, and nothing else", () => {
    const sensitive = Object.entries(CsrCompanyProfile.shape)
      .filter(([, schema]) => cellMeta(schema)?.sensitive === true)
      .map(([field]) => field);
    expect(sensitive).toEqual(["registeredAddress", "email"]);
  });

  it("rejects a URL without a CIN and money that is not one amount, by spreadsheet row", async () => {
    const dir = await workbook(
      [`${PROFILE}U74130DL1996PTC077293`, "Good Ltd", "1996-03-19", "Private", "RoC-Delhi", ...COMPANY, 1, 1.5, "₹ -3.25", "₹ 1,234.50"],
      ["https://csr.gov.in/companyprofile/dashboard.php", "No Cin Ltd", "2001-01-01", "Public", "RoC-Mumbai", ...COMPANY, 1, 1],
      [`${PROFILE}L72900TN2011PLC080183`, "Bad Money Ltd", "2011-04-18", "Public", "RoC-Chennai", ...COMPANY, 1, 1, "₹ ten"],
    );
    const result = await loadCsrCompanyProfiles(dir);
    expect(result.accounting).toEqual({ rowsIn: 3, accepted: 1, rejected: 2 });
    expect(result.records[0]).toMatchObject({
      cin: "U74130DL1996PTC077293",
      paidUpCapital: 1,
      authorisedCapital: 1.5,
      turnover2014to15: -3.25,
      netWorth2014to15: 1234.5,
      netProfit2014to15: null,
    });
    expect(result.rejected).toEqual([
      {
        file: CSR_COMPANY_PROFILES_FILE,
        row: 3,
        line: 3,
        issues: [
          {
            column: "Url",
            field: "cin",
            value: "https://csr.gov.in/companyprofile/dashboard.php",
            expected:
              "a csr.gov.in profile URL ending in CIN=<CIN>, such as https://csr.gov.in/companyprofile/dashboard.php?CIN=U74130DL1996PTC077293",
            message:
              "Not a csr.gov.in profile URL ending in CIN=<CIN>, such as https://csr.gov.in/companyprofile/dashboard.php?CIN=U74130DL1996PTC077293.",
            hint: "The company's CIN is read from the URL's CIN= parameter; without it the row cannot be tied to a company.",
          },
        ],
      },
      {
        file: CSR_COMPANY_PROFILES_FILE,
        row: 4,
        line: 4,
        issues: [
          {
            column: "FY 2014-15 Turnover (in INR Cr.)",
            field: "turnover2014to15",
            value: "₹ ten",
            expected: "an amount of money in INR crore, such as 853,700,000.00 or ₹ 10.44",
            message: "Not an amount of money in INR crore, such as 853,700,000.00 or ₹ 10.44.",
            hint: "Write one amount, without words or ranges; blank means unknown, not zero.",
          },
        ],
      },
    ]);
  });

  it("rejects a CIN that appears twice", async () => {
    const row = [`${PROFILE}U74130DL1996PTC077293`, "Twice Ltd", "1996-03-19", "Private", "RoC-Delhi", ...COMPANY, 1, 1];
    const result = await loadCsrCompanyProfiles(await workbook(row, row));
    expect(result.accounting).toEqual({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(result.rejected[0]?.issues[0]?.message).toBe("Duplicate key U74130DL1996PTC077293; it first appears on row 2.");
  });

  it("fails with a located error when the Url column is missing", async () => {
    const bytes = await xlsxFixture((wb) => {
      const ws = wb.addWorksheet("csr.gov.in");
      ws.addRow(HEADER.slice(1));
      ws.addRow(["Good Ltd"]);
    });
    const error = await loadCsrCompanyProfiles(fixtureDataDir({ [CSR_COMPANY_PROFILES_FILE]: bytes })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      `${CSR_COMPANY_PROFILES_FILE}: Required column "Url" (field url) is missing from the header.`,
    );
  });
});
