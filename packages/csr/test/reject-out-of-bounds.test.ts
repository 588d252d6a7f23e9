import { CsrProjectSpend2023to24, type LoadResult } from "@hnl/data";
import { describe, expect, it } from "vitest";
import { rejectOutOfBounds } from "../src/reject-out-of-bounds.js";

const record = (amountSpent: number | null): CsrProjectSpend2023to24 => ({
  companyName: "ALPHA TEST LIMITED",
  financialYear: "FY 2023-24",
  psu: "Non-PSU",
  state: "Delhi",
  developmentSector: null,
  subDevelopmentSector: null,
  amountSpent,
});

/** Rows 2 to 5 of a file; row 3 was already rejected by the loader. */
const load: LoadResult<CsrProjectSpend2023to24> = {
  records: [record(0.07), record(12345678901), record(-1)],
  rejected: [
    {
      file: "f.csv",
      row: 3,
      line: 3,
      issues: [{ column: "Financial Year", field: "financialYear", value: "2024", expected: "x", message: "bad year", hint: "h" }],
    },
  ],
  warnings: [],
  accounting: { rowsIn: 4, accepted: 3, rejected: 1 },
  provenance: { dataset: "csr-india", snapshot: "test", schemaVersion: "1", files: [] },
};

describe("rejectOutOfBounds", () => {
  it("moves each out-of-bounds record to the rejected rows, located by row, column and value, and keeps the accounting", () => {
    const out = rejectOutOfBounds(load, "f.csv", CsrProjectSpend2023to24, [{ field: "amountSpent", sign: "non-negative" }]);
    expect(out.records.map((r) => r.amountSpent)).toEqual([0.07]);
    expect(out.accounting).toEqual({ rowsIn: 4, accepted: 1, rejected: 3 });
    expect(out.rejected.map((r) => [r.row, r.issues[0]?.column, r.issues[0]?.value, r.issues[0]?.message])).toEqual([
      [3, "Financial Year", "2024", "bad year"],
      [
        4,
        "Project Amount Spent (In INR Cr.)",
        "12345678901",
        "amount is above the largest the database accepts (100,000,000 INR crore, ₹10^15).",
      ],
      [5, "Project Amount Spent (In INR Cr.)", "-1", "amount is negative; an amount spent is never below 0."],
    ]);
    expect(out.rejected[1]?.issues[0]?.expected).toBe("a finite amount from 0 to 100,000,000 INR crore");
  });

  it("returns the load unchanged when every amount is within the bounds", () => {
    const sound = { ...load, records: [record(1), record(null)], accounting: { rowsIn: 3, accepted: 2, rejected: 1 } };
    expect(rejectOutOfBounds(sound, "f.csv", CsrProjectSpend2023to24, [{ field: "amountSpent", sign: "non-negative" }])).toBe(sound);
  });
});
