import { describe, expect, it } from "vitest";
import { CSR_PROJECT_SPEND_2014_17_FILE, loadCsrProjectSpend2014to17 } from "../../src/csr-india/load-project-spend-2014-17.js";
import { DataError } from "../../src/data-error.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";
import { countBy } from "./count-by.js";

const HEADER = ",id,proj_name,proj_sector,state,district,outlay,spent,mode,year,cin,company_name";
const RELIANCE = "L17110MH1973PLC019786,RELIANCE INDUSTRIES LTD.";

function csv(...rows: string[]): string {
  return `${[HEADER, ...rows].join("\r\n")}\r\n`;
}

describe("loadCsrProjectSpend2014to17", () => {
  it("loads the real file: 4,897 projects of 94 companies, 0 rejected, every column mapped", async () => {
    const result = await loadCsrProjectSpend2014to17(realDataDir(), { mode: "strict" });
    expect(result.accounting).toEqual({ rowsIn: 4897, accepted: 4897, rejected: 0 });
    // The real export holds invisible or control characters in free text (issue 18): kept, reported once per column.
    expect((result.warnings ?? []).map((w) => [w.column, w.row, w.message.replace(/,.*/s, "")])).toMatchSnapshot();
    expect(result.provenance.files[0]).toMatchObject({ path: CSR_PROJECT_SPEND_2014_17_FILE });
    expect(new Set(result.records.map((p) => p.cin)).size).toBe(94);
    expect(countBy(result.records, (p) => p.year)).toEqual({
      "2014-15": 1367,
      "2015-16": 1689,
      "2016-17": 1841,
    });
  });

  it("reads the first project's comma-formatted amounts as rupees", async () => {
    const { records } = await loadCsrProjectSpend2014to17(realDataDir());
    expect(records[0]).toEqual({
      rowIndex: 0,
      projectNumber: 1,
      projectName: "Environment",
      sector: "Environmental Sustainability",
      state: "Maharashtra",
      district: "Nashik",
      outlay: 853700000,
      spent: 1100000,
      mode: "By Trusts/ Societies/ Section 8 Company set up by the Company itself",
      year: "2014-15",
      cin: "L17110MH1973PLC019786",
      companyName: "RELIANCE INDUSTRIES LTD.",
    });
  });

  it("keeps line breaks in 80 project names, blank names as null and 5 negative amounts spent, as published", async () => {
    const { records } = await loadCsrProjectSpend2014to17(realDataDir());
    expect(records.filter((p) => p.projectName?.includes("\n")).length).toBe(80);
    expect(records.find((p) => p.rowIndex === 1812)?.projectName).toBe(
      "Installation of 2 MW SPV\nsystem in the academic\nzone and hostel building\nof IIT Madras campus",
    );
    expect(records.filter((p) => p.projectName === null).length).toBe(41);
    expect(records.filter((p) => (p.spent ?? 0) < 0).map((p) => [p.rowIndex, p.spent])).toEqual([
      [939, -1600000],
      [1192, -100000],
      [1777, -200000],
      [1914, -6300000],
      [1916, -500000],
    ]);
  });

  it("keeps the scraper's repeat of Cadila Healthcare's 18 projects (rows 4,514-4,531 repeat 4,496-4,513)", async () => {
    const { records } = await loadCsrProjectSpend2014to17(realDataDir());
    const withoutIndex = (from: number) =>
      records.filter((p) => p.rowIndex !== null && p.rowIndex >= from && p.rowIndex < from + 18).map(({ rowIndex: _, ...p }) => p);
    expect(withoutIndex(4512)).toEqual(withoutIndex(4494));
    expect(new Set(withoutIndex(4494).map((p) => p.companyName))).toEqual(new Set(["CADILA HEALTHCARE LTD."]));
  });

  it("rejects money that is not one amount, located by row and by line after a multi-line name", async () => {
    const dir = fixtureDataDir({
      [CSR_PROJECT_SPEND_2014_17_FILE]: csv(
        `0,1,"Solar lights\nfor schools\nin Bihar",Education,Bihar,Purnea,"1,000.00","500.00",Directly,2014-15,${RELIANCE}`,
        `1,2,Health,Health Care,Delhi,New Delhi,about 5 crore,0,Directly,2014-15,${RELIANCE}`,
      ),
    });
    const result = await loadCsrProjectSpend2014to17(dir);
    expect(result.accounting).toEqual({ rowsIn: 2, accepted: 1, rejected: 1 });
    expect(result.records[0]).toMatchObject({ projectName: "Solar lights\nfor schools\nin Bihar", outlay: 1000, spent: 500 });
    expect(result.rejected).toEqual([
      {
        file: CSR_PROJECT_SPEND_2014_17_FILE,
        row: 3,
        line: 5,
        issues: [
          {
            column: "outlay",
            field: "outlay",
            value: "about 5 crore",
            expected: "an amount of money in INR, such as 853,700,000.00 or ₹ 10.44",
            message: "Not an amount of money in INR, such as 853,700,000.00 or ₹ 10.44.",
            hint: "Write one amount, without words or ranges; blank means unknown, not zero.",
          },
        ],
      },
    ]);
  });

  it("reads a blank amount as null, never zero, and rejects a mode outside the portal's spellings", async () => {
    const dir = fixtureDataDir({
      [CSR_PROJECT_SPEND_2014_17_FILE]: csv(
        `0,1,Health,Health Care,Delhi,New Delhi,,"0.00",Directly,2014-15,${RELIANCE}`,
        `1,2,Health,Health Care,Delhi,New Delhi,0,0,By hand,2014-15,${RELIANCE}`,
      ),
    });
    const result = await loadCsrProjectSpend2014to17(dir);
    expect(result.records.map((p) => [p.outlay, p.spent])).toEqual([[null, 0]]);
    expect(result.rejected[0]?.issues.map((i) => [i.field, i.value])).toEqual([["mode", "By hand"]]);
  });

  it("fails with a located error naming a missing required column", async () => {
    const dir = fixtureDataDir({
      [CSR_PROJECT_SPEND_2014_17_FILE]: ",id,proj_name,outlay,spent,year,company_name\n0,1,Health,0,0,2014-15,RELIANCE INDUSTRIES LTD.\n",
    });
    const error = await loadCsrProjectSpend2014to17(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      `${CSR_PROJECT_SPEND_2014_17_FILE}: Required column "cin" (field cin) is missing from the header.`,
    );
  });

  it("rejects a repeated pandas index and keeps the first", async () => {
    const dir = fixtureDataDir({
      [CSR_PROJECT_SPEND_2014_17_FILE]: csv(
        `0,1,A,Education,Delhi,New Delhi,0,0,Directly,2014-15,${RELIANCE}`,
        `0,2,B,Education,Delhi,New Delhi,0,0,Directly,2014-15,${RELIANCE}`,
      ),
    });
    const result = await loadCsrProjectSpend2014to17(dir);
    expect(result.records.map((p) => p.projectName)).toEqual(["A"]);
    expect(result.rejected[0]?.issues[0]?.message).toBe("Duplicate key 0; it first appears on row 2.");
  });
});
