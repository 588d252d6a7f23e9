import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CSR_PROJECT_SPEND_2023_24_FILE, loadCsrProjectSpend2023to24 } from "../../src/csr-india/load-project-spend-2023-24.js";
import { fixtureDataDir, realDataDir } from "../helpers.js";
import { countBy } from "./count-by.js";

const HEADER =
  "Company Name,Financial Year,PSU/Non-PSU,CSR State,CSR Development Sector,CSR Sub Development Sector,Project Amount Spent (In INR Cr.)";

describe("loadCsrProjectSpend2023to24", () => {
  it("loads the real sample: 8,000 FY 2023-24 rows of 5,566 companies, 0 rejected", async () => {
    const result = await loadCsrProjectSpend2023to24(realDataDir(), { mode: "strict" });
    expect(result.accounting).toEqual({ rowsIn: 8000, accepted: 8000, rejected: 0 });
    expect(result.warnings).toEqual([]);
    expect(new Set(result.records.map((r) => r.companyName)).size).toBe(5566);
    expect(countBy(result.records, (r) => r.psu)).toEqual({ "Non-PSU": 7552, PSU: 448 });
    expect(result.records[1]).toEqual({
      companyName: "SMARTGEN INFRA PRIVATE LIMITED",
      financialYear: "FY 2023-24",
      psu: "Non-PSU",
      state: "Gujarat",
      developmentSector: "Health, Eradicating Hunger, Poverty And Malnutrition, Safe Drinking Water , Sanitation",
      subDevelopmentSector: "Health care",
      amountSpent: 0.5123745,
    });
  });

  it("holds the same records as the JSON it was written from, exponent-notation amounts included", async () => {
    const { records } = await loadCsrProjectSpend2023to24(realDataDir());
    const json = JSON.parse(
      readFileSync(join(realDataDir().path, "csr-india/fy2023-24_project_level_sample/live_csr_sample.json"), "utf8"),
    ) as Record<string, string | number>[];
    expect(records.map((r) => r.amountSpent)).toEqual(json.map((o) => o["Project Amount Spent (In INR Cr.)"]));
    expect(records.map((r) => r.subDevelopmentSector)).toEqual(json.map((o) => o["CSR Sub Development Sector"]));
    expect(records[356]?.amountSpent).toBe(1e-9);
  });

  it("keeps zero amounts as published: 474 rows, 288 of them the 300 NEC/Not mentioned rows", async () => {
    const { records } = await loadCsrProjectSpend2023to24(realDataDir());
    expect(records.filter((r) => r.amountSpent === 0).length).toBe(474);
    const nec = records.filter((r) => r.developmentSector === "NEC/Not mentioned");
    expect([nec.length, nec.filter((r) => r.amountSpent === 0).length]).toEqual([300, 288]);
  });

  it("reads a blank amount as null, never zero, and rejects another financial year", async () => {
    const dir = fixtureDataDir({
      [CSR_PROJECT_SPEND_2023_24_FILE]: `${HEADER}\r\nA LTD,FY 2023-24,PSU,Delhi,Rural Development,Rural development projects,\r\nB LTD,FY 2022-23,PSU,Delhi,Rural Development,Rural development projects,0.5\r\n`,
    });
    const result = await loadCsrProjectSpend2023to24(dir);
    expect(result.records.map((r) => r.amountSpent)).toEqual([null]);
    expect(result.rejected[0]?.issues.map((i) => [i.field, i.value, i.expected])).toEqual([
      ["financialYear", "FY 2022-23", 'one of "FY 2023-24"'],
    ]);
  });
});
