import { describe, expect, it } from "vitest";
import { CSR_SPEND_BEFORE_MANDATE_FILE, loadCsrSpendBeforeMandate } from "../../src/csr-india/load-spend-before-mandate.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

describe("loadCsrSpendBeforeMandate", () => {
  it("loads the real file: 100 companies, blank years as null (60, 40 and 38 of them)", async () => {
    const result = await loadCsrSpendBeforeMandate(realDataDir(), { mode: "strict" });
    expect(result.accounting).toEqual({ rowsIn: 100, accepted: 100, rejected: 0 });
    expect(result.warnings).toEqual([]);
    const blanks = (f: "spend2011to12" | "spend2012to13" | "spend2013to14") => result.records.filter((r) => r[f] === null).length;
    expect([blanks("spend2011to12"), blanks("spend2012to13"), blanks("spend2013to14")]).toEqual([60, 40, 38]);
    expect(result.records.slice(2, 5)).toEqual([
      {
        companyName: "TATA CONSULTANCY SERVICES LTD.",
        cin: "L22210MH1995PLC084781",
        csrTotalRank: 3,
        spend2011to12: 446,
        spend2012to13: 716,
        spend2013to14: 935.8,
        public: false,
      },
      {
        companyName: "N T P C LTD.",
        cin: "L40101DL1975GOI007966",
        csrTotalRank: 4,
        spend2011to12: 494.4,
        spend2012to13: 692.4,
        spend2013to14: 1283.5,
        public: true,
      },
      {
        companyName: "INFOSYS LTD.",
        cin: "L85110KA1981PLC013115",
        csrTotalRank: 5,
        spend2011to12: null,
        spend2012to13: null,
        spend2013to14: null,
        public: false,
      },
    ]);
  });

  it("rejects an amount with words and a public flag that is not 1 or 0", async () => {
    const dir = fixtureDataDir({
      [CSR_SPEND_BEFORE_MANDATE_FILE]:
        "company_name,cin,csr_total_rank,csr_2011_12,csr_2012_13,csr_2013_14,public\nA LTD.,NA,1,12 million,,,PSU\n",
    });
    const result = await loadCsrSpendBeforeMandate(dir);
    expect(result.rejected[0]?.issues.map((i) => [i.field, i.value, i.expected])).toEqual([
      ["spend2011to12", "12 million", "an amount of money in INR million, such as 853,700,000.00 or ₹ 10.44"],
      ["public", "PSU", "yes or no (YES/NO, TRUE/FALSE or 1/0)"],
    ]);
  });
});
