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
  reject: {
    blankCompany: "company name is blank",
    badYear: "financial year is not written FY YYYY-YY",
    badAmount: "amount is not a number",
    badPsu: "PSU/Non-PSU is neither PSU nor Non-PSU",
    noYear: "the row has no financial year",
  },
} as const;
