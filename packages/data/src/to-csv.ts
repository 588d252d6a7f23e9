/** A cell value a chart's data may hold. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Rows as RFC 4180 CSV with a header. Text that a spreadsheet would run as a formula (starting
 * with =, +, -, @, tab or CR) is prefixed with an apostrophe; numbers are written as numbers.
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
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
