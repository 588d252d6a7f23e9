import { describe, expect, it } from "vitest";
import { z } from "zod";
import { repairExcelDateRange, staffSizeCell, staffSizeExcelDateCell } from "../../src/covid-npo/staff-size-cell.js";

describe("repairExcelDateRange", () => {
  it("reads month and day of an Excel date back as the range Excel took for a date", () => {
    expect(["05-Jan", "10-Jun", "20-Nov", "5-Jan", "12-Dec"].map(repairExcelDateRange)).toEqual(["1-5", "6-10", "11-20", "1-5", "12-12"]);
  });

  it("leaves anything that is not a day-month date alone", () => {
    expect(["21-100", "Over 100", "0", "Jan-05", "05-Foo", "05-jan", ""].map(repairExcelDateRange)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("staffSizeCell and staffSizeExcelDateCell", () => {
  const row = z.object({
    size: staffSizeCell({ column: "17", description: "staff", missing: ["NA"] }),
    asExported: staffSizeExcelDateCell({ column: "17", description: "staff as exported", missing: ["NA"] }),
  });

  it("repair Excel dates and say which cells were repaired", () => {
    expect(["05-Jan", "21-100", "NA", "", "Prefer not to answer"].map((v) => row.parse({ size: v, asExported: v }))).toEqual([
      { size: "1-5", asExported: "05-Jan" },
      { size: "21-100", asExported: null },
      { size: null, asExported: null },
      { size: null, asExported: null },
      { size: "Prefer not to answer", asExported: null },
    ]);
  });

  it("refuse a date that stands for no range of the codebook", () => {
    expect(row.safeParse({ size: "12-Dec", asExported: "12-Dec" }).success).toBe(false);
    expect(row.shape.asExported.parse("12-Dec")).toBeNull();
  });

  it("carry the codebook's values in their metadata", () => {
    expect(row.shape.size.meta()).toEqual({
      column: "17",
      description: "staff",
      type: "code",
      required: false,
      missing: ["NA"],
      values: ["0", "1-5", "6-10", "11-20", "21-100", "Over 100", "Prefer not to answer"],
    });
  });
});
