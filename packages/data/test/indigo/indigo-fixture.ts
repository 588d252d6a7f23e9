import { cellMeta } from "../../src/cells.js";
import type { DataDir } from "../../src/data-dir.js";
import { indigoTables } from "../../src/indigo/tables.js";
import { fixtureDataDir } from "../helpers.js";

type TableName = keyof typeof indigoTables;

/** The column titles of an INDIGO table, from its schema (no real data copied). */
export function indigoHeader(name: TableName): string[] {
  return Object.values(indigoTables[name].schema.shape).map((s) => cellMeta(s as never)?.column ?? "");
}

const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

/** One CSV line of a table: the named columns filled, every other cell blank. */
export function indigoRow(name: TableName, cells: Record<string, string>): string {
  return indigoHeader(name)
    .map((c) => quote(cells[c] ?? ""))
    .join(",");
}

/**
 * A data directory holding every file of the INDIGO Impact Bond Dataset: header-only files, except
 * the tables given, whose rows (written with `indigoRow`, or raw CSV lines) follow the header.
 */
export function indigoFixtureDir(
  rows: Partial<Record<TableName, readonly string[]>>,
  extra: Record<string, string | Buffer> = {},
): DataDir {
  const files: Record<string, string | Buffer> = { ...extra };
  for (const name of Object.keys(indigoTables) as TableName[]) {
    const header = indigoHeader(name).map(quote).join(",");
    files[indigoTables[name].file] = [header, ...(rows[name] ?? [])].join("\n");
  }
  return fixtureDataDir(files);
}
