import { describe, expect, it } from "vitest";
import { CSR_PROJECT_SPEND_2024_25_FILE, loadCsrProjectSpend2024to25 } from "../../src/csr-india/load-project-spend-2024-25.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

const HEADER =
  '"Company Name","Financial Year",PSU/Non-PSU,"CSR State","CSR Development Sector","CSR Sub Development Sector","Project Amount Spent (In INR Cr.)"';

describe("loadCsrProjectSpend2024to25", () => {
  it("loads the real excerpt: 66 FY 2024-25 rows, 0 rejected", async () => {
    const result = await loadCsrProjectSpend2024to25(realDataDir(), { mode: "strict" });
    expect(result.accounting).toEqual({ rowsIn: 66, accepted: 66, rejected: 0 });
    expect(result.warnings).toEqual([]);
    expect(result.records.filter((r) => r.psu === "PSU").map((r) => r.companyName)).toEqual(["NLC INDIA LIMITED"]);
  });

  it("keeps the swapped sector columns as published: the specific item under CSR Development Sector", async () => {
    const { records } = await loadCsrProjectSpend2024to25(realDataDir());
    expect(records[0]).toEqual({
      companyName: "VIMTA LABS LIMITED",
      financialYear: "FY 2024-25",
      psu: "Non-PSU",
      state: "Delhi",
      developmentSector: "Animal welfare",
      subDevelopmentSector: "Environment, Animal Welfare, Conservation Of Resources",
      amountSpent: 0.02,
    });
  });

  it("reads the NEC row's empty amount as null, never zero; it is the only null", async () => {
    const { records } = await loadCsrProjectSpend2024to25(realDataDir());
    expect(records.filter((r) => r.amountSpent === null)).toEqual([
      {
        companyName: "SHANKARAMPET PROJECTS PRIVATE LIMITED",
        financialYear: "FY 2024-25",
        psu: "Non-PSU",
        state: "NEC/Not mentioned",
        developmentSector: "NEC/Not mentioned",
        subDevelopmentSector: "NEC/Not mentioned",
        amountSpent: null,
      },
    ]);
  });

  it("tells an empty amount from a zero one, and rejects an amount in words", async () => {
    const dir = fixtureDataDir({
      [CSR_PROJECT_SPEND_2024_25_FILE]: [
        HEADER,
        '"A LTD","FY 2024-25",Non-PSU,"NEC/Not mentioned","NEC/Not mentioned","NEC/Not mentioned",',
        '"B LTD","FY 2024-25",Non-PSU,Delhi,Education,"Education, Differently Abled, Livelihood",0',
        '"C LTD","FY 2024-25",Non-PSU,Delhi,Education,"Education, Differently Abled, Livelihood",Rs 1 lakh',
        "",
      ].join("\n"),
    });
    const result = await loadCsrProjectSpend2024to25(dir);
    expect(result.records.map((r) => [r.companyName, r.amountSpent])).toEqual([
      ["A LTD", null],
      ["B LTD", 0],
    ]);
    expect(result.rejected).toEqual([
      {
        file: CSR_PROJECT_SPEND_2024_25_FILE,
        row: 4,
        line: 4,
        issues: [
          {
            column: "Project Amount Spent (In INR Cr.)",
            field: "amountSpent",
            value: "Rs 1 lakh",
            expected: "an amount of money in INR crore written as a number, such as 0.07, 117.39354 or 3.5e-06",
            message: "Not an amount of money in INR crore written as a number, such as 0.07, 117.39354 or 3.5e-06.",
            hint: "Write one amount, without words or ranges; blank means unknown, not zero.",
          },
        ],
      },
    ]);
  });
});
