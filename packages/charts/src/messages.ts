/** What a value was expected to be, in words. */
export type ExpectedKind = "a number" | "a year" | "a date" | "text or a number";

/** A received value as a person reads it: text quoted, NaN and undefined by name. */
const shown = (v: unknown): string => (typeof v === "number" || v === undefined ? String(v) : (JSON.stringify(v) ?? String(v)));

/** Every sentence @hnl/charts says to a person about its input, as functions, so tests can assert them exactly. */
export const message = {
  phoneTableColumns: (id: string, n: number): string =>
    `figure "${id}": its phoneTable has ${n} columns. Hint: give a phone at most three columns (a longer row becomes a stack of cards there); every column stays in the full data table.`,
  noRows: (builder: string): string =>
    `${builder}: data has no rows. Hint: pass at least one row; a figure with nothing to draw says so in its prose instead.`,
  missingField: (builder: string, option: string, field: string, row: number, has: readonly string[]): string =>
    `${builder}: ${option} names the field "${field}", but row ${row} has no such field (it has ${has.length === 0 ? "no fields" : has.map((h) => `"${h}"`).join(", ")}). Hint: check the spelling of ${option}, or give every row that field.`,
  badValue: (builder: string, option: string, field: string, row: number, expected: ExpectedKind, received: unknown): string =>
    `${builder}: row ${row}, field "${field}" (${option}): expected ${expected}, received ${shown(received)}. Hint: convert the column before charting (e.g. Number(x) for counts, an ISO date "2019-06-30" for dates); leave a missing value null, not text.`,
  tooManySeries: (builder: string, option: string, field: string, found: readonly string[], max: number): string =>
    `${builder}: ${option} ("${field}") has ${found.length} values (${found.map((f) => `"${f}"`).join(", ")}), at most ${max} can be told apart. Hint: keep the ${max} that carry the point and fold the rest into "Other", or draw one chart per group.`,
  labelsWithoutField: (builder: string): string =>
    `${builder}: labels are given but no label field. Hint: set label to the field that names each point (e.g. label: "project").`,
  unknownLabel: (builder: string, field: string, value: string): string =>
    `${builder}: labels lists "${value}", which no row has in the field "${field}". Hint: name points by their exact value in that field.`,
} as const;
