import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { readUrbanCodebook } from "../../src/covid-npo/read-urban-codebook.js";
import { DataError } from "../../src/data-error.js";
import { realDataDir } from "../helpers.js";

const HEADER = [
  "Variable Name",
  "Variable Label (VAR)",
  "VAR\nType",
  "VAR Format",
  "VAR\nLength",
  "Mean",
  "Category\nValues",
  "Category Labels",
];
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true }))));

/** A tiny year-1-style dictionary written on the fly (no binary fixture in the repository). */
async function workbook(rows: (string | number | null)[][], header = HEADER): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "urban-dd-"));
  dirs.push(dir);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Report 1");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  const file = join(dir, "dd.xlsx");
  await wb.xlsx.writeFile(file);
  return file;
}

describe("readUrbanCodebook", () => {
  it("reads the real year 1 dictionary with every row accounted for and value labels per variable", async () => {
    const y1 = await readUrbanCodebook(realDataDir(), 1);
    const a = y1.accounting;
    expect(a.rejected).toBe(0);
    expect(a.variables + a.valueRows + a.totalRows).toBe(a.rowsIn);
    expect(y1.variables.length).toBe(a.variables);
    expect(y1.variables.find((v) => v.variable === "PROGCHANGES_10")).toMatchObject({
      year: 1,
      format: "YNUNA",
      label:
        "34. Since March 2020, has your organization made any of the following changes to your Programs? - Shifted existing services to remote, online services",
      values: [
        { code: "-99", label: "Chose not to answer" },
        { code: "-", label: "Did not see question" },
        { code: "0", label: "No" },
        { code: "1", label: "Yes" },
        { code: "98", label: "Unsure" },
        { code: "99", label: "N/A" },
      ],
    });
    expect(y1.variables.find((v) => v.variable === "STAFF_2_1_1")).toMatchObject({ values: [], range: "-99.00-2800.00" });
  });

  it("reads the real year 2 dictionary: one row per variable, whether each is in the public-use file", async () => {
    const y2 = await readUrbanCodebook(realDataDir(), 2);
    expect(y2.accounting).toEqual({ rowsIn: 188, variables: 188, valueRows: 0, totalRows: 0, rejected: 0 });
    expect(y2.variables.find((v) => v.variable === "PrgSrvc_ShiftOnline")).toMatchObject({ type: "boolean", inPuf: true, values: [] });
    expect(y2.variables.find((v) => v.variable === "Last_Name")?.inPuf).toBe(false);
  });

  it("counts a value label, a range and a total line separately", async () => {
    const file = await workbook([
      ["Q1", "1. Moved online?", "Num", "YN", 3, 0.5, "0", "No"],
      [null, null, null, null, null, null, "1", "Yes"],
      [null, null, null, null, null, null, null, null, 10, 100],
      ["N", "Staff", "Num", null, 3, 2, "0.00-9.00", null],
    ]);
    const c = await readUrbanCodebook(realDataDir(), 1, { file });
    expect(c.accounting).toEqual({ rowsIn: 4, variables: 2, valueRows: 1, totalRows: 1, rejected: 0 });
    expect(c.variables.map((v) => [v.variable, v.values, v.range, v.row])).toEqual([
      [
        "Q1",
        [
          { code: "0", label: "No" },
          { code: "1", label: "Yes" },
        ],
        null,
        2,
      ],
      ["N", [], "0.00-9.00", 5],
    ]);
  });

  it("fails on a bad variable name, a repeated variable, a repeated code and an orphan value, each located", async () => {
    const file = await workbook([
      [null, null, null, null, null, null, "1", "Yes"],
      ["Q1", "1. Moved online?", "Num", "YN", 3, 0.5, "0", "No"],
      [null, null, null, null, null, null, "0", "Nope"],
      ["Q1", "again", "Num", "YN", 3, 0.5, "1", "Yes"],
      ["2nd var", "bad", "Num", null, 3, 0.5, "1", "Yes"],
    ]);
    const error = await readUrbanCodebook(realDataDir(), 1, { file }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    const rows = (error as DataError).rows.map((r) => [r.row, r.issues[0]?.column, r.issues[0]?.value, r.issues[0]?.message]);
    expect(rows).toEqual([
      [2, "Category Values", "1", "The value 1 has no variable above it."],
      [4, "Category Values", "0", "Q1 lists the code 0 twice."],
      [5, "Variable Name", "Q1", "The variable Q1 is listed again (first at row 3)."],
      [6, "Variable Name", "2nd var", '"2nd var" is not a variable name.'],
    ]);
    const lenient = await readUrbanCodebook(realDataDir(), 1, { file, mode: "lenient" });
    expect(lenient.accounting.rejected).toBe(4);
  });

  it("names the missing header columns", async () => {
    const file = await workbook([["Q1", "x"]], ["Name", "Label"]);
    await expect(readUrbanCodebook(realDataDir(), 1, { file })).rejects.toThrow(/lacks the column\(s\) "Variable Name"/);
  });
});
