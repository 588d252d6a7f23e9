import type { DuckDBConnection } from "@duckdb/node-api";

/** A value the appender writes: text, number, yes/no or null. */
export type CellValue = string | number | boolean | null;

/**
 * Appends rows to a table through DuckDB's appender (the fast way in from JavaScript); each row
 * lists its values in the table's column order. DuckDB casts each value to its column's type.
 *
 * @example
 * await appendRows(connection, "map_state", [["Orissa", "Odisha", "state", "company-master:State", ""]]);
 */
export async function appendRows(connection: DuckDBConnection, table: string, rows: Iterable<readonly CellValue[]>): Promise<void> {
  const appender = await connection.createAppender(table);
  for (const row of rows) {
    for (const v of row) {
      if (v === null) appender.appendNull();
      else if (typeof v === "string") appender.appendVarchar(v);
      else if (typeof v === "number") appender.appendDouble(v);
      else appender.appendBoolean(v);
    }
    appender.endRow();
  }
  appender.closeSync();
}

/** A string literal for SQL: single quotes doubled. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
