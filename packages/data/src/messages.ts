/**
 * Every sentence @hnl/data shows a person lives here, as a function, so the wording is
 * consistent and tests can assert it exactly.
 */

export const HINT_DATA_DIR =
  "Point the kit at a folder laid out like ../shared/datasets: set HNL_DATA_DIR=/path/to/datasets or pass --data-dir /path/to/datasets (relative paths are read from the repository root).";

export const message = {
  dataDirSource: (source: "flag" | "env" | "default"): string =>
    source === "flag" ? "set by --data-dir" : source === "env" ? "set by HNL_DATA_DIR" : "the default, datasets/cache",

  missingDataDir: (dir: string, source: string): string => `The data directory ${dir} (${source}) does not exist.`,

  missingFile: (file: string, dir: string, source: string, dataset: string): string =>
    `Could not find ${file} in the data directory ${dir} (${source}); the ${dataset} loader needs it.`,

  missingFileHint: (manifest: string): string =>
    `${HINT_DATA_DIR} The dataset's manifest, ${manifest}, lists its files and where to download them.`,

  unreadableCsv: (reason: string): string => `The file is not a readable CSV: ${reason}.`,

  unreadableCsvHint: "Check that a quoted cell is closed on this line; a line break inside a cell must be inside quotes.",

  missingColumn: (column: string, field: string): string => `Required column "${column}" (field ${field}) is missing from the header.`,

  missingColumnHint: (seen: readonly string[]): string =>
    `The header has ${seen.length} columns, starting ${seen
      .slice(0, 4)
      .map((c) => `"${c}"`)
      .join(", ")}. Is this the right file, or was the column renamed in a newer export?`,

  missingOptionalColumn: (column: string, field: string): string =>
    `Optional column "${column}" (field ${field}) is missing; every record has ${field} empty.`,

  unknownColumns: (columns: readonly string[]): string =>
    `${columns.length} column(s) not in the schema were ignored: ${columns
      .slice(0, 5)
      .map((c) => `"${c}"`)
      .join(", ")}${columns.length > 5 ? ", ..." : ""}.`,

  unknownColumnsHint: "Add them to the schema if a notebook needs them.",

  duplicateKey: (key: string, firstRow: number): string => `Duplicate key ${key}; it first appears on row ${firstRow}.`,

  duplicateKeyHint: "Each record must have its own ID; remove or renumber the duplicate in the source export.",

  unknownProject: (id: string): string => `Project ID ${id} is not in projects.csv.`,

  unknownProjectHint: "The child table and projects.csv may come from different snapshots; use files from one export.",

  expectedNumber: "a number, such as 1250000 or 1,250,000.50",
  expectedInteger: "a whole number",
  expectedPartialDate: "a date written YYYY, YYYY-MM or YYYY-MM-DD",
  expectedCountryCode: "a two-letter ISO 3166-1 country code, such as GB",
  expectedText: "text",
  expectedRequired: "a value (this field is required)",

  expectedMoney: (unit: string): string => `an amount of money in ${unit}, such as 853,700,000.00 or ₹ 10.44`,
  moneyHint: "Write one amount, without words or ranges; blank means unknown, not zero.",
  expectedOneOf: (values: readonly string[]): string => `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`,
  enumHint: "Use one of the listed values exactly; a new value needs adding to the schema's codelist.",
  expectedBoolean: "yes or no (YES/NO, TRUE/FALSE or 1/0)",
  booleanHint: "Write YES or NO; blank means unknown.",

  numberHint: "Write the number without units or words; blank means unknown, not zero.",
  dateHint: "Dates in INDIGO exports are partial ISO dates; write 2018, 2018-03 or 2018-03-15.",
  countryHint: "Use the ISO 3166-1 alpha-2 code in upper case (GB, not UK or United Kingdom).",
  requiredHint: "This field identifies the record; a row without it cannot be used.",

  strictFailure: (file: string, rejected: number, rowsIn: number): string =>
    `${file}: ${rejected} of ${rowsIn} rows failed validation (strict mode).`,

  strictFailureHint: "Fix the rows listed, or load in lenient mode to keep the good rows and report the bad ones.",

  moreIssues: (n: number): string => `... and ${n} more.`,
} as const;
