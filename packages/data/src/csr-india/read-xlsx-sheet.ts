import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { DataError } from "../data-error.js";
import type { LoadWarning } from "../load-result.js";
import { message } from "../messages.js";
import type { CsvRecord, CsvTable } from "../read-csv.js";

export interface ReadXlsxSheetOptions {
  /** The sheet's name as its tab shows it; the first sheet when absent. */
  sheet?: string;
}

/**
 * Reads one sheet of an .xlsx workbook into the same header-and-records shape `readCsv` returns,
 * so `loadTable` validates it unchanged. The first non-empty row is the header; each record's
 * `row` (and `line`) is its spreadsheet row number. Cells come out as the text a person sees:
 * numbers as plain decimal text (`62.56`, never `₹ 62.56` or `6.256e1`), dates as ISO dates,
 * formulas as their saved result; empty trailing cells are blank, not missing.
 *
 * @example
 * const table = await readXlsxSheet("/data/csr-india/.../Final_Data_csr.gov.in.xlsx", "csr-india/.../Final_Data_csr.gov.in.xlsx");
 * table.records[0]; // { row: 2, line: 2, cells: ["https://csr.gov.in/...?CIN=U74130DL1996PTC077293", ...] }
 */
export async function readXlsxSheet(path: string, displayPath: string, options: ReadXlsxSheetOptions = {}): Promise<CsvTable> {
  const bytes = await readFile(path);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own Buffer type; a Node Buffer is what it reads.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (cause) {
    throw new DataError(`${displayPath}: ${message.unreadableXlsx((cause as Error).message)}`, {
      file: displayPath,
      hint: message.unreadableXlsxHint,
      cause,
    });
  }
  const names = workbook.worksheets.map((s) => s.name);
  const sheet = options.sheet === undefined ? workbook.worksheets[0] : workbook.worksheets.find((s) => s.name === options.sheet);
  if (sheet === undefined) {
    throw new DataError(`${displayPath}: ${message.missingSheet(options.sheet ?? null, names)}`, {
      file: displayPath,
      hint: message.missingSheetHint,
    });
  }

  const warnings: LoadWarning[] = [];
  const located: CsvRecord[] = [];
  let header: string[] | undefined;
  const formulasWithoutResult: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    let last = 0;
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (cellText(cell) !== "") last = Math.max(last, col);
    });
    if (last === 0) return;
    const width = Math.max(last, header?.length ?? 0);
    const cells: string[] = [];
    for (let col = 1; col <= width; col++) {
      const cell = row.getCell(col);
      if (isFormulaWithoutResult(cell.value)) formulasWithoutResult.push(cell.address);
      cells.push(cellText(cell));
    }
    if (header === undefined) header = cells.map((h) => h.trim());
    else located.push({ row: rowNumber, line: rowNumber, cells });
  });
  const [first] = formulasWithoutResult;
  if (first !== undefined) {
    warnings.push({
      file: displayPath,
      row: null,
      column: null,
      message: message.formulasWithoutResult(formulasWithoutResult.length, first),
      hint: message.formulasWithoutResultHint,
    });
  }
  return { header: header ?? [], records: located, bytes, warnings };
}

/** The text a person sees in a cell; the slaves of a merged range are blank, as on screen. */
function cellText(cell: ExcelJS.Cell): string {
  if (cell.isMerged && cell.master.address !== cell.address) return "";
  return valueText(cell.value);
}

function valueText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return plainDecimal(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return isoDate(value);
  if ("richText" in value) return value.richText.map((r) => r.text).join("");
  if ("hyperlink" in value) return valueText(value.text as ExcelJS.CellValue);
  if ("error" in value) return value.error;
  return value.result === undefined ? "" : valueText(value.result);
}

function isFormulaWithoutResult(value: ExcelJS.CellValue): boolean {
  return typeof value === "object" && value !== null && ("formula" in value || "sharedFormula" in value) && value.result === undefined;
}

/** `62.56`, `1000000`, `0.0000001`: never exponent notation, never grouping. */
function plainDecimal(n: number): string {
  const s = String(n);
  if (!Number.isFinite(n) || !/e/i.test(s)) return s;
  return n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}

/** `2017-05-15`, or `2017-05-15T13:45:00` when the cell holds a time of day too. */
function isoDate(d: Date): string {
  const iso = d.toISOString();
  if (iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10);
  return iso.endsWith(".000Z") ? iso.slice(0, 19) : iso.slice(0, 23);
}
