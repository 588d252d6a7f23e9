import { type AmountSign, MAX_AMOUNT_INR } from "./amount-bounds.js";
import { AMOUNT_UNITS, type AmountUnit } from "./units.js";

/** The largest amount in a unit, written as a person reads it (`100,000,000 INR crore`). */
const maxIn = (unit: AmountUnit): string => `${(MAX_AMOUNT_INR / AMOUNT_UNITS[unit]).toLocaleString("en-GB")} ${unit}`;

/** Every sentence @hnl/csr says to a person, as functions, so tests can assert them exactly. */
export const message = {
  mappingHint: "Fix the row in packages/csr/mappings/ (each row: the label as published, its canonical value, where it was seen).",
  badMappingRow: (file: string, row: number, detail: string): string => `${file}, row ${row}: ${detail}.`,
  conflictingMapping: (file: string, a: string, b: string): string =>
    `${file}: "${a}" and "${b}" differ only in case or spacing but map to different canonical values.`,
  unknownBroadGroup: (item: string, group: string): string =>
    `sectors-specific.csv: "${item}" belongs to "${group}", which is not a broad group in sectors-broad.csv.`,
  portalHeader: (file: string, found: readonly string[], expected: readonly string[]): string =>
    `${file}: the header is not the portal's 7-column export format. Found: ${found.join(" | ")}. Expected: ${expected.join(" | ")}.`,
  portalHeaderHint:
    "Give a CSV exported from the National CSR Portal (Company Name, Financial Year, PSU/Non-PSU, CSR State, the two sector columns, Project Amount Spent (In INR Cr.)).",
  rowCountMismatch: (source: string, accepted: number, inTable: number): string =>
    `${source}: ${accepted} rows accepted but ${inTable} rows in csr_spend; the sync lost or duplicated rows.`,
  rowCountHint: "This is a bug in @hnl/csr; run again with HNL_DEBUG=1 and report it with the source named above.",
  amountExpected: (unit: AmountUnit, sign: AmountSign): string =>
    `a finite amount ${sign === "non-negative" ? "from 0" : `from -${maxIn(unit)}`} to ${maxIn(unit)}`,
  amountHint:
    "Check the cell in the source file: a misplaced decimal point, or rupees written in a crore column? Amounts are bounded so that every one fits the database's DECIMAL(18,2) columns (see packages/csr/README.md).",
  rejectedRows: (n: number, out: string): string =>
    `${n.toLocaleString("en-GB")} source row(s) were rejected, so the database was not written: ${out} is as it was before.`,
  rejectedRowsHint:
    "Fix the rows listed above in the source files, or accept a database without them with --allow-rejected (hnl csr sync) or allowRejected: true (syncCsr); they are then counted in the summary and listed in its table rejected_rows.",
  stagedExpected: "a value the sync's checks accept (see packages/csr/README.md)",
  stagedRejectHint: "Fix the cell in the portal export, or leave the row out of it.",
  reject: {
    blankCompany: "company name is blank",
    badYear: "financial year is not written FY YYYY-YY",
    badAmount: "amount is not a number",
    badPsu: "PSU/Non-PSU is neither PSU nor Non-PSU",
    noYear: "the row has no financial year",
    amount: {
      "not-finite": (_unit: AmountUnit): string => "amount is not a finite number",
      "too-large": (unit: AmountUnit): string => `amount is above the largest the database accepts (${maxIn(unit)}, ₹10^15)`,
      negative: (_unit: AmountUnit): string => "amount is negative; an amount spent is never below 0",
    },
  },
} as const;
