import { describe, expect, it } from "vitest";
import { CSR_COMPANY_YEARS_FILE, loadCsrCompanyYears } from "../../src/csr-india/load-company-years.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";
import { countBy } from "./count-by.js";

const HEADER = "\uFEFFid,company_name,cin,rank_csr,public,year,spending_pbt3_pct";

describe("loadCsrCompanyYears", () => {
  it("loads the real file: 1,167 company-years of 100 companies over 12 years, 0 rejected", async () => {
    const result = await loadCsrCompanyYears(realDataDir(), { mode: "strict" });
    expect(result.accounting).toEqual({ rowsIn: 1167, accepted: 1167, rejected: 0 });
    expect(result.warnings).toEqual([]);
    expect(new Set(result.records.map((r) => r.companyName)).size).toBe(100);
    expect(new Set(result.records.map((r) => r.cin).filter((c) => c !== null)).size).toBe(98);
    expect(countBy(result.records, (r) => r.year)).toEqual({
      "2007_08": 93,
      "2008_09": 94,
      "2009_10": 95,
      "2010_11": 96,
      "2011_12": 100,
      "2012_13": 100,
      "2013_14": 100,
      "2014_15": 99,
      "2015_16": 99,
      "2016_17": 99,
      "2017_18": 99,
      "2018_19": 93,
    });
    expect(countBy(result.records, (r) => String(r.public))).toEqual({ false: 781, true: 386 });
  });

  it("reads NA as null: 554 company-years have no share of profits", async () => {
    const { records } = await loadCsrCompanyYears(realDataDir());
    expect(records.filter((r) => r.spendingPbt3Pct === null).length).toBe(554);
    expect(records.slice(3, 5)).toEqual([
      {
        id: 4,
        companyName: "A C C LTD.",
        cin: "L26940MH1936PLC002515",
        rankCsr: 63,
        public: false,
        year: "2010_11",
        spendingPbt3Pct: null,
      },
      {
        id: 5,
        companyName: "A C C LTD.",
        cin: "L26940MH1936PLC002515",
        rankCsr: 63,
        public: false,
        year: "2011_12",
        spendingPbt3Pct: 1.18,
      },
    ]);
  });

  it("reads NA as null in a fixture, and rejects a year written with a hyphen", async () => {
    const dir = fixtureDataDir({
      [CSR_COMPANY_YEARS_FILE]: `${HEADER}\n1,SBI,NA,9,1,2014_15,NA\n2,SBI,NA,9,1,2015-16,2.1\n`,
    });
    const result = await loadCsrCompanyYears(dir);
    expect(result.records).toEqual([
      { id: 1, companyName: "SBI", cin: null, rankCsr: 9, public: true, year: "2014_15", spendingPbt3Pct: null },
    ]);
    expect(result.rejected[0]).toMatchObject({ row: 3, issues: [{ column: "year", value: "2015-16" }] });
  });

  it("rejects a share of profits that is not a number", async () => {
    const dir = fixtureDataDir({ [CSR_COMPANY_YEARS_FILE]: `${HEADER}\n1,SBI,NA,9,1,2014_15,n/a\n` });
    const result = await loadCsrCompanyYears(dir);
    expect(result.rejected[0]?.issues).toEqual([
      {
        column: "spending_pbt3_pct",
        field: "spendingPbt3Pct",
        value: "n/a",
        expected: "a number, such as 1250000 or 1,250,000.50",
        message: "Not a number, such as 1250000 or 1,250,000.50.",
        hint: "Write the number without units or words; blank means unknown, not zero.",
      },
    ]);
  });
});
