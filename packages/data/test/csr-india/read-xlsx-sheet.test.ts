import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsxSheet } from "../../src/csr-india/read-xlsx-sheet.js";
import { DataError } from "../../src/data-error.js";
import { fixtureDataDir } from "../helpers.js";
import { xlsxFixture } from "./xlsx-fixture.js";

const FILE = "book.xlsx";

async function book(): Promise<string> {
  const bytes = await xlsxFixture((wb) => {
    wb.addWorksheet("Notes").addRow(["read me first"]);
    const ws = wb.addWorksheet("Data");
    ws.getRow(2).values = [" name ", "amount", "date", "flag", "note"];
    ws.getRow(3).values = [
      { richText: [{ text: "Tata " }, { text: "Steel", font: { bold: true } }] },
      62.56,
      new Date(Date.UTC(2017, 4, 15)),
      true,
      { text: "profile", hyperlink: "https://csr.gov.in/" },
    ];
    ws.getCell("B3").numFmt = '"₹" #,##0.00';
    ws.getRow(4).values = ["Tiny", 0.0000001, new Date(Date.UTC(2017, 4, 15, 13, 45)), false, { error: "#N/A" }];
    ws.getRow(5).values = ["Big", 1e21, { formula: "B3*2", result: 125.12 }, { formula: "B3*3" }];
    ws.getRow(6).values = ["Only the first cell"];
    ws.getRow(8).values = ["Merged", "spans two columns"];
    ws.mergeCells("B8:C8");
    ws.getRow(9).values = ["Wide", "", "", "", "", "beyond the header"];
  });
  return join(fixtureDataDir({ [FILE]: bytes }).path, FILE);
}

describe("readXlsxSheet", () => {
  it("reads a sheet as the text a person sees, located by spreadsheet row", async () => {
    const table = await readXlsxSheet(await book(), FILE, { sheet: "Data" });
    expect(table.header).toEqual(["name", "amount", "date", "flag", "note"]);
    expect(table.records).toEqual([
      { row: 3, line: 3, cells: ["Tata Steel", "62.56", "2017-05-15", "TRUE", "profile"] },
      { row: 4, line: 4, cells: ["Tiny", "0.0000001", "2017-05-15T13:45:00", "FALSE", "#N/A"] },
      { row: 5, line: 5, cells: ["Big", "1000000000000000000000", "125.12", "", ""] },
      { row: 6, line: 6, cells: ["Only the first cell", "", "", "", ""] },
      { row: 8, line: 8, cells: ["Merged", "spans two columns", "", "", ""] },
      { row: 9, line: 9, cells: ["Wide", "", "", "", "", "beyond the header"] },
    ]);
    expect(table.bytes.length).toBeGreaterThan(0);
  });

  it("warns once about formulas without a saved result", async () => {
    const table = await readXlsxSheet(await book(), FILE, { sheet: "Data" });
    expect(table.warnings).toEqual([
      {
        file: FILE,
        row: null,
        column: null,
        message: "1 formula cell(s), the first at D5, have no saved result and read as blank.",
        hint: "Open the workbook in a spreadsheet program, let it recalculate, and save it again.",
      },
    ]);
  });

  it("reads the first sheet when none is named", async () => {
    const table = await readXlsxSheet(await book(), FILE);
    expect(table).toMatchObject({ header: ["read me first"], records: [], warnings: [] });
  });

  it("names the sheets a workbook has when the one asked for is absent", async () => {
    const error = await readXlsxSheet(await book(), FILE, { sheet: "csr.gov.in" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(`${FILE}: The workbook has no sheet named "csr.gov.in"; it has "Notes", "Data".`);
    expect((error as DataError).hint).toBe("Pass the name of the sheet that holds the table, exactly as its tab shows it.");
  });

  it("says a file that is not a workbook is unreadable", async () => {
    const path = join(fixtureDataDir({ [FILE]: "company,cin\nA,L1\n" }).path, FILE);
    const error = await readXlsxSheet(path, FILE).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toMatch(/^book\.xlsx: The file is not a readable \.xlsx workbook: /);
    expect((error as DataError).hint).toBe(
      "Open it in a spreadsheet program and save it again as Excel Workbook (.xlsx); .xls and .ods files are not read.",
    );
  });
});
