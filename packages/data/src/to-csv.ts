/** A cell value a chart's data may hold. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Rows as RFC 4180 CSV with a header. Text that a spreadsheet would run as a formula (starting,
 * after any spaces, with =, +, -, @ or a full-width or other Unicode form of them such as ＝ or
 * −, or with a tab or CR) is prefixed with an apostrophe; numbers are written as numbers.
 *
 * @example
 * toCsv([{ country: "GB", projects: 100 }], ["country", "projects"]) // "country,projects\r\nGB,100\r\n"
 */
export function toCsv(rows: readonly Record<string, CsvValue>[], columns: readonly string[]): string {
  const line = (values: readonly CsvValue[]) => values.map(cell).join(",");
  return `${[line(columns), ...rows.map((r) => line(columns.map((c) => r[c])))].join("\r\n")}\r\n`;
}

function cell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const safe = startsFormula(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * Spreadsheets fold full-width and compatibility forms (＝, ﹢, ＠) to ASCII and skip leading
 * spaces before reading a formula, so the first visible character is compared after NFKC; the
 * minus sign (U+2212) has no NFKC fold but is read as a minus.
 */
function startsFormula(text: string): boolean {
  if (/^[\t\r]/.test(text)) return true;
  const first = text.replace(/^[ \u00a0\u3000]+/, "").codePointAt(0);
  return first !== undefined && /^[=+\-@\u2212]/.test(String.fromCodePoint(first).normalize("NFKC"));
}
