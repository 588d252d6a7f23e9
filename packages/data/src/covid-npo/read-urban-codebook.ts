import { readXlsxSheet } from "../csr-india/read-xlsx-sheet.js";
import type { DataDir } from "../data-dir.js";
import { dataFile } from "../data-dir.js";
import { DataError } from "../data-error.js";
import type { CellIssue, RejectedRow } from "../load-result.js";
import { message } from "../messages.js";
import { UrbanCodebookVariable, type UrbanValueLabel } from "./urban-codebook-variable.js";

/** Where the two dictionaries live in the data directory, and the sheet that holds each. */
export const URBAN_CODEBOOK_FILES = {
  1: { file: "covid-npo/urban_nptrends_codebooks/dd-nptrends-year-01-puf.xlsx", sheet: undefined },
  2: { file: "covid-npo/urban_nptrends_codebooks/dd-nptrends-year-02-puf.xlsx", sheet: "data dictionary" },
} as const;

const DATASET = {
  id: "covid-npo-urban-nptrends-codebooks",
  title: "Urban Institute National Survey of Nonprofit Trends and Impacts, data dictionaries",
};

/** How the rows of a dictionary sheet were used: every row is counted once. */
export interface UrbanCodebookAccounting {
  /** Non-empty rows under the header. */
  rowsIn: number;
  /** Rows that start a variable. */
  variables: number;
  /** Rows that add a value label (or a range) to the variable above. */
  valueRows: number;
  /** Rows with only frequencies (year 1's per-variable total lines): read, nothing taken. */
  totalRows: number;
  rejected: number;
}

export interface UrbanCodebook {
  year: 1 | 2;
  file: string;
  variables: UrbanCodebookVariable[];
  rejected: RejectedRow[];
  accounting: UrbanCodebookAccounting;
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const YEAR1 = {
  name: "Variable Name",
  label: "Variable Label (VAR)",
  type: "VAR Type",
  format: "VAR Format",
  code: "Category Values",
  codeLabel: "Category Labels",
};
const YEAR2 = { name: "variable_name", label: "question_full", type: "type", format: "question_group", inPuf: "in_puf?" };

/**
 * Reads the data dictionary of the Urban Institute's National Survey of Nonprofit Trends and
 * Impacts public-use file for year 1 (a SAS export: one row per variable, then one row per value
 * label, then a frequency total) or year 2 (one row per variable, no value labels). Every row is
 * accounted for; a bad row (a malformed or repeated variable name, a value label with no variable
 * above it, a repeated code) is reported with its file, sheet, row, column and value, and in
 * `strict` mode (the default) the read fails with all of them.
 *
 * @example
 * const y1 = await readUrbanCodebook(resolveDataDir(), 1);
 * y1.variables.find((v) => v.variable === "PROGCHANGES_10")?.values.map((v) => v.code) // ["-99", "-", "0", "1", "98", "99"]
 */
export async function readUrbanCodebook(
  dataDir: DataDir,
  year: 1 | 2,
  options: { mode?: "strict" | "lenient"; file?: string } = {},
): Promise<UrbanCodebook> {
  const { file, sheet } = URBAN_CODEBOOK_FILES[year];
  const display = options.file ?? file;
  const path = options.file === undefined ? dataFile(dataDir, file, DATASET) : options.file;
  const table = await readXlsxSheet(path, display, sheet === undefined ? {} : { sheet });
  const header = table.header.map(squash);
  const wanted = year === 1 ? Object.values(YEAR1) : Object.values(YEAR2);
  const missing = wanted.filter((h) => !header.includes(h));
  if (missing.length > 0) {
    throw new DataError(`${display}: ${message.urbanCodebookHeader(year, missing, header)}`, {
      file: display,
      hint: message.urbanCodebookHeaderHint,
    });
  }
  const col = (name: string) => header.indexOf(name);
  const cell = (cells: readonly string[], name: string) => squash(cells[col(name)] ?? "");

  const variables: UrbanCodebookVariable[] = [];
  const rejected: RejectedRow[] = [];
  const accounting: UrbanCodebookAccounting = { rowsIn: 0, variables: 0, valueRows: 0, totalRows: 0, rejected: 0 };
  const seen = new Map<string, number>();
  let current: (UrbanCodebookVariable & { values: UrbanValueLabel[] }) | null = null;
  const reject = (row: number, line: number, issue: Omit<CellIssue, "field"> & { field?: string | null }) => {
    rejected.push({ file: display, row, line, issues: [{ field: null, ...issue }] });
    accounting.rejected++;
  };

  for (const record of table.records) {
    accounting.rowsIn++;
    const name = cell(record.cells, year === 1 ? YEAR1.name : YEAR2.name);
    if (name !== "") {
      const where = year === 1 ? YEAR1.name : YEAR2.name;
      if (!/^[A-Za-z0-9_][A-Za-z0-9_.]*$/.test(name)) {
        reject(record.row, record.line ?? record.row, {
          column: where,
          value: name,
          expected: message.urbanExpectedVariableName,
          message: message.urbanBadVariableName(name),
          hint: message.urbanBadVariableNameHint,
        });
        current = null;
        continue;
      }
      const first = seen.get(name);
      if (first !== undefined) {
        reject(record.row, record.line ?? record.row, {
          column: where,
          value: name,
          expected: message.urbanExpectedUniqueVariable,
          message: message.urbanRepeatedVariable(name, first),
          hint: message.urbanRepeatedVariableHint,
        });
        current = null;
        continue;
      }
      seen.set(name, record.row);
      accounting.variables++;
      current = {
        year,
        variable: name,
        label: cell(record.cells, year === 1 ? YEAR1.label : YEAR2.label),
        type: cell(record.cells, year === 1 ? YEAR1.type : YEAR2.type),
        format: cell(record.cells, year === 1 ? YEAR1.format : YEAR2.format) || null,
        values: [],
        range: null,
        inPuf: year === 2 ? cell(record.cells, YEAR2.inPuf).toLowerCase() === "yes" : null,
        row: record.row,
      };
      variables.push(current);
      if (year === 1) addValue(record.row, record.line ?? record.row, record.cells);
      continue;
    }
    if (year === 1 && cell(record.cells, YEAR1.code) !== "") {
      if (current === null) {
        reject(record.row, record.line ?? record.row, {
          column: YEAR1.code,
          value: cell(record.cells, YEAR1.code),
          expected: message.urbanExpectedVariableAbove,
          message: message.urbanOrphanValue(cell(record.cells, YEAR1.code)),
          hint: message.urbanOrphanValueHint,
        });
        continue;
      }
      accounting.valueRows++;
      addValue(record.row, record.line ?? record.row, record.cells);
      continue;
    }
    accounting.totalRows++;
  }

  /** A code with a label is a value label; a code without one (`0.00-1.00`, `.-.`) is year 1's observed range. */
  function addValue(row: number, line: number, cells: readonly string[]) {
    if (current === null) return;
    const code = cell(cells, YEAR1.code);
    const label = cell(cells, YEAR1.codeLabel);
    if (code === "") return;
    if (label === "") {
      current.range = code;
      return;
    }
    if (current.values.some((v) => v.code === code)) {
      reject(row, line, {
        column: YEAR1.code,
        value: code,
        expected: message.urbanExpectedUniqueCode,
        message: message.urbanRepeatedCode(current.variable, code),
        hint: message.urbanRepeatedCodeHint,
      });
      return;
    }
    current.values.push({ code, label });
  }

  const parsed = variables.map((v) => UrbanCodebookVariable.parse(v));
  if (rejected.length > 0 && (options.mode ?? "strict") === "strict") {
    throw new DataError(`${display}: ${message.urbanRejectedRows(rejected.length)}`, {
      file: display,
      rows: rejected,
      hint: message.urbanOrphanValueHint,
    });
  }
  return { year, file: display, variables: parsed, rejected, accounting };
}
