import { describe, expect, it } from "vitest";
import { CSR_TOP_100_COMPANIES_FILE, loadCsrTop100Companies } from "../../src/csr-india/load-top-100-companies.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";

describe("loadCsrTop100Companies", () => {
  it("loads the real list: 100 companies ranked 1 to 100, the byte-order mark dropped", async () => {
    const result = await loadCsrTop100Companies(realDataDir(), { mode: "strict" });
    expect(result.accounting).toEqual({ rowsIn: 100, accepted: 100, rejected: 0 });
    expect(result.warnings).toEqual([]);
    expect(result.records.map((c) => c.csrTotalRank)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(result.records[0]).toEqual({
      companyName: "RELIANCE INDUSTRIES LTD.",
      cin: "L17110MH1973PLC019786",
      csrTotal: 433.5856,
      csrTotalRank: 1,
    });
  });

  it("reads the banks' NA CIN as null and keeps a foreign company's number", async () => {
    const { records } = await loadCsrTop100Companies(realDataDir());
    expect(records.filter((c) => c.cin === null || !/^[LU]/.test(c.cin)).map((c) => [c.csrTotalRank, c.companyName, c.cin])).toEqual([
      [14, "STATE BANK OF INDIA", null],
      [74, "BANK OF AMERICA N A", "F00689"],
      [92, "PUNJAB NATIONAL BANK", null],
    ]);
  });

  it("rejects a repeated rank", async () => {
    const dir = fixtureDataDir({
      [CSR_TOP_100_COMPANIES_FILE]: "\uFEFFcompany_name,cin,csr_total,csr_total_rank\r\nA LTD.,NA,10,1\r\nB LTD.,NA,9,1\r\n",
    });
    const result = await loadCsrTop100Companies(dir);
    expect(result.records).toEqual([{ companyName: "A LTD.", cin: null, csrTotal: 10, csrTotalRank: 1 }]);
    expect(result.rejected[0]?.issues[0]?.message).toBe("Duplicate key 1; it first appears on row 2.");
  });
});
