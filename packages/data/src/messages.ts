import type { DatasetManifest } from "./dataset-manifest.js";

/**
 * Every sentence @hnl/data shows a person lives here, as a function, so the wording is
 * consistent and tests can assert it exactly.
 */

export const HINT_DATA_DIR =
  "Point the kit at a folder laid out like ../shared/datasets: set HNL_DATA_DIR=/path/to/datasets or pass --data-dir /path/to/datasets (relative paths are read from the repository root).";

export const message = {
  dataDirSource: (source: "flag" | "env" | "default"): string =>
    source === "flag" ? "set by --data-dir" : source === "env" ? "set by HNL_DATA_DIR" : "the default, datasets/cache",

  dataDirLabel: (given: string, resolved: string, source: string): string =>
    given === resolved ? `${given} (${source})` : `${given} (${source}, resolved to ${resolved})`,

  missingDataDir: (label: string): string => `The data directory ${label} does not exist.`,
  notADataDir: (label: string): string => `The data directory ${label} is a file, not a folder.`,
  emptyDataDir: (label: string): string => `The data directory ${label} is empty.`,
  missingDatasets: (label: string, datasets: number): string =>
    `The data directory ${label} lacks files of ${datasets} dataset(s) this command reads:`,
  missingDatasetFiles: (dataset: string, dir: string, missing: number, total: number, examples: readonly string[]): string => {
    const more = missing - examples.length;
    const files = more > 0 ? `e.g. ${examples.join(", ")}, and ${more} more` : examples.join(", ");
    return `${dataset} (${dir}/): ${missing} of ${total} file(s) missing${more > 0 ? ", " : ": "}${files}`;
  },
  moreDatasets: (n: number): string => `... and ${n} more dataset(s).`,
  dataDirHolds: (entries: readonly string[]): string =>
    `None of these files is there; the folder holds ${entries
      .slice(0, 5)
      .map((e) => `"${e}"`)
      .join(", ")}${entries.length > 5 ? `, and ${entries.length - 5} more` : ""}. Is it the right folder?`,
  dataDirHint: (datasets: readonly string[]): string =>
    `Pass --data-dir ../shared/datasets or set HNL_DATA_DIR=/path/to/datasets (relative paths are read from the repository root), or download the data with pnpm hnl data fetch ${datasets.join(" ")}.`,
  missingDatasetsHint: (datasets: readonly string[]): string =>
    `${message.dataDirHint(datasets)} Each dataset's manifest, datasets/<id>.json, lists its files and where to download them.`,
  unknownManifest: (ids: readonly string[], known: readonly string[]): string =>
    `There is no dataset manifest for ${ids.map((id) => `"${id}"`).join(", ")}; the manifests are ${known.join(", ")}.`,
  unknownManifestHint: "Use the dataset's id as datasets/<id>.json names it (a notebook lists them in notebook.json sources).",

  missingFile: (file: string, dir: string, source: string, dataset: string): string =>
    `Could not find ${file} in the data directory ${dir} (${source}); the ${dataset} loader needs it.`,

  missingFileHint: (manifest: string): string =>
    `${HINT_DATA_DIR} The dataset's manifest, ${manifest}, lists its files and where to download them.`,

  unreadableCsv: (reason: string): string => `The file is not a readable CSV: ${reason}.`,

  utf16: (endian: "little" | "big", byBom: boolean): string =>
    `it is UTF-16 (${endian}-endian), not UTF-8 (${byBom ? (endian === "little" ? "byte-order mark FF FE" : "byte-order mark FE FF") : "every other byte is NUL"})`,
  utf16Hint:
    "Save the file again as UTF-8: in Excel, File > Save As > CSV UTF-8 (Comma delimited); or convert it with iconv -f UTF-16 -t UTF-8 file.csv > file-utf8.csv and put that in the data directory in its place.",
  invalidUtf8: (value: number): string =>
    `it is not valid utf-8 (byte 0x${value.toString(16).toUpperCase().padStart(2, "0")} starts no UTF-8 character; the file may be Latin-1 or windows-1252)`,
  invalidUtf8Hint:
    "Save the file again as UTF-8: in Excel, File > Save As > CSV UTF-8 (Comma delimited); or convert it with iconv -f WINDOWS-1252 -t UTF-8 file.csv > file-utf8.csv and put that in the data directory in its place.",
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

  unknownOrganisation: (id: string): string => `Organisation ID ${id} is not in organisations.csv.`,
  unknownFund: (id: string): string => `Fund ID ${id} is not in funds.csv.`,
  danglingKept: (what: string, rows: readonly number[]): string =>
    `${what} ${rows.length} row(s) use it and were kept: row ${rows.slice(0, 5).join(", ")}${rows.length > 5 ? ", ..." : ""}.`,
  unknownParentHint:
    "The public export may leave out some organisations or funds that projects refer to; the rows are kept, but joins on this ID will find nothing.",
  parentRejected: (
    what: string,
    id: string,
    parent: { file: string; row: number; issues: readonly { column: string | null; message: string }[] },
  ): string => {
    const first = parent.issues[0];
    const why = first === undefined ? "" : `${first.column === null ? "" : `column "${first.column}": `}${first.message}`;
    const more = parent.issues.length > 1 ? ` (and ${parent.issues.length - 1} more problem(s))` : "";
    return `${what} ID ${id} is in ${parent.file}, but its row there (row ${parent.row}) was rejected: ${why}${more}`;
  },
  parentRejectedHint: "Fix the parent row first: a row whose parent record failed validation is rejected with it, not dropped silently.",
  invisibleInId: (shown: string): string =>
    `The value holds an invisible or control character: ${shown}. IDs must be plain text, or joins find nothing.`,
  expectedPlainId: "an ID without invisible or control characters",
  invisibleInIdHint:
    "Retype the ID in the source file; the character (shown escaped, such as \\u200b) usually comes from copying text out of a web page or a PDF.",
  invisibleInText: (n: number, row: number, shown: string): string =>
    `${n.toLocaleString("en")} cell(s) hold invisible or control characters, first on row ${row}: ${shown}. They are kept as written.`,
  invisibleInTextHint:
    "Usually copy-paste or double encoding (\\u0080 and \\u0099 after â are a UTF-8 apostrophe read as Latin-1); clean the source export, or strip them where the text is shown.",
  duplicateRow: (first: number): string => `An exact copy of row ${first}.`,
  duplicateRows: (copies: number, distinct: number, top: { row: number; times: number }): string =>
    `${copies.toLocaleString("en")} row(s) are exact copies of an earlier row (${distinct.toLocaleString("en")} distinct rows copied; row ${top.row} appears ${top.times.toLocaleString("en")} times); the copies were left out.`,
  duplicateRowsHint:
    "Every cell is the same as in the earlier row, so the copy would count the same payment, metric or location twice; remove the copies from the export if they are mistakes.",
  badDataStandard: (reason: string): string => `The INDIGO data standard file is not a JSON Schema the kit can read: ${reason}`,
  badDataStandardHint: "Restore the file from INDIGO-Initiative/indigo-data-standard release 4.1.0 (see indigo/SOURCE.md).",
  notInCodelist: (value: string, source: string): string => `${value} is not a code of the INDIGO data standard (${source}).`,
  expectedCode: (values: ReadonlySet<string>): string =>
    `one of the data standard's codes: ${[...values]
      .slice(0, 8)
      .map((v) => JSON.stringify(v))
      .join(", ")}${values.size > 8 ? ", ..." : ""}`,
  codelistHint: "Use the code exactly as the INDIGO data standard 4.1.0 lists it; a new code needs the standard to define it first.",
  offCodelist: (counts: readonly (readonly [string, number])[], source: string): string =>
    `${counts.reduce((n, [, c]) => n + c, 0)} cell(s) hold values that are not codes of the INDIGO data standard (${source}): ${counts
      .slice(0, 5)
      .map(([v, c]) => `${v} (${c})`)
      .join(", ")}${counts.length > 5 ? `, and ${counts.length - 5} more` : ""}. They are kept as written.`,
  offCodelistHint:
    "The published export uses these values although the standard does not define them; group or map them in the notebook before counting by this field.",
  codelistsMissing:
    "Coded fields were not checked: the INDIGO data standard's files (indigo/schema/indigo-data-standard-4.1.0) are not in the data directory.",
  codelistsMissingHint:
    "Put the data standard's files there (see indigo/SOURCE.md) to check stages, sectors and types against its codelists.",
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

  // covid-npo and sdg
  expectedRespondentId: "a whole number (the survey's system-generated respondent ID)",
  respondentIdHint: "Respondent is the survey's primary key; a row without it cannot be used.",
  expectedReachedEnd: "0 or 1",
  reachedEndHint: "Reached end is system generated: 1 when the respondent reached the end of the survey, 0 when not.",
  expectedTicked: "1 (ticked), or blank or NA (not ticked)",
  tickedHint: "A select-all-that-apply item holds 1 when ticked; any other value means the columns are shifted or the export changed.",
  expectedStaffSize: (sizes: readonly string[]): string =>
    `one of ${sizes.map((s) => JSON.stringify(s)).join(", ")}, or an Excel date standing for a range (05-Jan for 1-5)`,
  staffSizeHint:
    "Excel turns 1-5, 6-10 and 11-20 into dates (05-Jan, 10-Jun, 20-Nov), which are read back; any other value needs adding to the schema.",
  staffSizeRepaired: (n: number, field: string): string =>
    `${n} answer(s) to ${field} were Excel dates (05-Jan, 10-Jun, 20-Nov) and were read back as the ranges 1-5, 6-10 and 11-20.`,
  staffSizeRepairedHint:
    "Nothing to do: q17 holds the range and q17_excel_date the text as exported. Open the file in a text editor, not Excel, to keep it intact.",
  incompleteResponses: (n: number, total: number): string =>
    `${n} of ${total} accepted responses did not reach the end of the survey; they are kept, with reached_end false and their unanswered questions null.`,
  incompleteResponsesHint: "Filter on reached_end when an analysis needs complete responses only.",
  excelFormulaError: (n: number, field: string): string =>
    `${n} answer(s) to ${field} read #NAME?: Excel took text starting with =, + or - for a formula, and the answer is lost.`,
  excelFormulaErrorHint: "Count such an answer as given but unreadable; never quote it. Only the City's original export may hold the text.",
  testResponse: (respondent: number, answers: number): string =>
    `Respondent ${respondent} is a test response: all ${answers} of its text answers say "test".`,
  expectedRealResponse: "a real response, not a test",
  testResponseHint:
    "Test responses made while the survey was being set up are not data; the loader rejects a response whose every text answer is the word test.",
  expectedSdgGoal: "a goal number, a whole number from 1 to 17",
  expectedSdgTarget: "a target code of a goal from 1 to 17, such as 1.1 or 1.a",
  expectedSdgIndicator: "an indicator code of a goal from 1 to 17, such as 1.1.1 or 1.a.2",
  expectedUnsdCode: "a UNSD indicator code such as C010101 or C010a04",
  sdgCodeHint: "Write codes as the UN global indicator framework does: goal, target and indicator joined by dots.",
  expectedHexColour: "a colour written #RRGGBB, such as #E5243B",
  expectedRgbColour: "red, green and blue from 0 to 255 separated by commas, such as 229,36,59",
  colourHint: "Write the colour as the UN palette does: #RRGGBB, or R,G,B in the RGB column.",
  expectedSameColour: (hex: string): string => `the same colour as ${hex}, written R,G,B`,
  expectedSdgCodeUnder: (parent: string): string => `a code starting with "${parent}."`,
  unknownSdgGoal: (goal: string): string => `Goal ${goal} is not in sdg_goals.csv.`,
  unknownSdgTarget: (target: string): string => `Target ${target} is not in sdg_targets.csv.`,
  unknownSdgIndicator: (indicator: string): string => `Indicator ${indicator} is not in sdg_indicators.csv.`,
  unknownSdgHint: "sdg_goals.csv, sdg_targets.csv and sdg_indicators.csv must come from one build of sdg/derived/.",
  noSuchSdgGoal: (goal: number, loaded: number): string => `There is no SDG goal ${goal} among the ${loaded} goals loaded.`,

  // csr-india
  unreadableXlsx: (reason: string): string => `The file is not a readable .xlsx workbook: ${reason}.`,
  unreadableXlsxHint: "Open it in a spreadsheet program and save it again as Excel Workbook (.xlsx); .xls and .ods files are not read.",
  missingSheet: (sheet: string | null, sheets: readonly string[]): string =>
    sheet === null
      ? "The workbook has no worksheets."
      : `The workbook has no sheet named "${sheet}"; it has ${sheets.length === 0 ? "none" : sheets.map((s) => `"${s}"`).join(", ")}.`,
  missingSheetHint: "Pass the name of the sheet that holds the table, exactly as its tab shows it.",
  formulasWithoutResult: (n: number, first: string): string =>
    `${n} formula cell(s), the first at ${first}, have no saved result and read as blank.`,
  formulasWithoutResultHint: "Open the workbook in a spreadsheet program, let it recalculate, and save it again.",
  expectedFloatMoney: (unit: string): string => `an amount of money in ${unit} written as a number, such as 0.07, 117.39354 or 3.5e-06`,
  expectedCinInUrl:
    "a csr.gov.in profile URL ending in CIN=<CIN>, such as https://csr.gov.in/companyprofile/dashboard.php?CIN=U74130DL1996PTC077293",
  cinInUrlHint: "The company's CIN is read from the URL's CIN= parameter; without it the row cannot be tied to a company.",

  // hnl data fetch, and number bounds
  expectedAtLeast: (min: number): string => `a number of at least ${min}`,
  expectedWithin: (max: number): string => `a number between -${max.toLocaleString("en")} and ${max.toLocaleString("en")}`,
  tooLargeHint:
    "No amount or count in these datasets comes near this size; beyond it sums are no longer exact. Check for a corrupt, test or mistyped value.",
  expectedRealDate: "a date that exists (the day must be in its month: no 30 February, no 31 April)",
  realDateHint: "Check the day and month; a date typed or converted wrongly (2021-02-30) cannot be placed on a timeline.",
  negativeHint: "An amount or a count cannot be below zero here; check the sign, or whether the value belongs in another column.",
  noSource: (from: string): string => `${from} does not exist.`,
  noFetchUrl: (title: string): string => `The ${title} has no download address the kit can use.`,
  notInSource: (path: string, source: string): string => `${path} is not in ${source}.`,
  badZip: (reason: string): string => `The zip could not be read: ${reason}.`,
  unreachable: (url: string, reason: string): string =>
    `Could not reach ${url} (${reason}); the network may be offline or the address moved.`,
  httpError: (url: string, status: number): string => `${url} answered HTTP ${status}.`,
  expectedFxDate: "a date written YYYY-MM-DD, the first day of the month or year the rate averages",
  fxDateHint: "FRED's exchange-rate tables date each average by the first day of its period (1971-01-01); write it that way.",
  expectedFxRate: "a rate above zero, in units of the currency per US dollar",
  fxRateHint: "Rates are the currency's units per US dollar (Euro 2022: 0.9493); a blank, zero or negative rate is not a rate.",
  // covid-npo: Urban Institute nonprofit trends data dictionaries
  urbanCodebookHeader: (year: number, missing: readonly string[], header: readonly string[]): string =>
    `The year ${year} data dictionary lacks the column(s) ${missing.map((m) => `"${m}"`).join(", ")}; its header is ${header.map((h) => `"${h}"`).join(", ")}.`,
  urbanCodebookHeaderHint:
    "Use the dictionary as the Urban Institute publishes it (dd-nptrends-year-01-puf.xlsx or dd-nptrends-year-02-puf.xlsx), unedited.",
  urbanExpectedVariableName: "a variable name: letters, digits, _ or ., no spaces (year 2 has 5_digit_Zipcode)",
  urbanBadVariableName: (name: string): string => `"${name}" is not a variable name.`,
  urbanBadVariableNameHint: "A row that starts a variable has its name in the first column; value labels go in the rows below it.",
  urbanExpectedUniqueVariable: "a variable named once",
  urbanRepeatedVariable: (name: string, first: number): string => `The variable ${name} is listed again (first at row ${first}).`,
  urbanRepeatedVariableHint: "Each variable of the public-use file has one entry; remove the repeat.",
  urbanExpectedVariableAbove: "a value label under a variable's row",
  urbanOrphanValue: (code: string): string => `The value ${code} has no variable above it.`,
  urbanOrphanValueHint: "Check the rows named: value labels follow the row that names their variable.",
  urbanExpectedUniqueCode: "a code listed once per variable",
  urbanRepeatedCode: (variable: string, code: string): string => `${variable} lists the code ${code} twice.`,
  urbanRepeatedCodeHint: "Each code of a variable has one label; remove the repeat.",
  urbanRejectedRows: (n: number): string => `${n} row(s) of the data dictionary could not be read.`,
  fetchHint: (m: DatasetManifest): string =>
    `Download the files by hand (${m.download}) and run pnpm hnl data fetch ${m.id} --from <the zip or folder>, or point HNL_DATA_DIR at a folder laid out like ../shared/datasets.`,
} as const;
