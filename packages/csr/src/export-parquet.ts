import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { DuckDBConnection } from "@duckdb/node-api";
import { csrIndiaSource } from "@hnl/data";
import { sqlString } from "./append-rows.js";
import { CSR_SPEND_COLUMNS } from "./schema.js";

/** The tables exported beside csr_spend, one Parquet file each. */
const OTHER_TABLES = [
  "companies",
  "company_matches",
  "pre_mandate_spend",
  "company_year_share",
  "map_state",
  "map_sector_broad",
  "map_sector_specific",
  "mapping_usage",
  "unmapped_values",
  "sector_column_checks",
  "sources",
  "rejected_rows",
  "unit_conversions",
  "reconciliation",
] as const;

/** What an export wrote: the files (relative to the folder) and csr_spend's rows. */
export interface ParquetExport {
  dir: string;
  files: string[];
  rows: number;
}

/**
 * Writes the database as Parquet: `csr_spend/fiscal_year=YYYY-YY/*.parquet` (Hive partitions, the
 * layout DuckDB's `read_parquet(..., hive_partitioning = true)` and Spark's `spark.read.parquet`
 * read as one table, with fiscal_year taken from the folder name), one file per other table, and
 * a Frictionless `datapackage.json` naming every file, field, type and description.
 *
 * @example
 * await exportParquet(connection, "export/csr");
 * // export/csr/csr_spend/fiscal_year=2014-15/data_0.parquet, ..., export/csr/companies.parquet, export/csr/datapackage.json
 */
export async function exportParquet(connection: DuckDBConnection, dir: string): Promise<ParquetExport> {
  rmSync(join(dir, "csr_spend"), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await connection.run(`COPY (SELECT * FROM csr_spend ORDER BY source_id, source_row) TO ${sqlString(join(dir, "csr_spend"))}
    (FORMAT parquet, PARTITION_BY (fiscal_year), COMPRESSION zstd)`);
  const partitions = listFiles(join(dir, "csr_spend")).map((f) => relative(dir, f).split("\\").join("/"));
  const resources: object[] = [
    {
      name: "csr_spend",
      path: partitions,
      format: "parquet",
      description:
        "CSR project spending, one row per accepted source row, all sources. Partitioned by fiscal year (Hive layout): the fiscal_year field is the folder name `fiscal_year=YYYY-YY`, not a column inside the files.",
      schema: {
        fields: CSR_SPEND_COLUMNS.map((c) => ({ name: c.name, type: c.type, description: c.description })),
        primaryKey: ["source_id", "source_row"],
      },
      rows: await count(connection, "csr_spend"),
    },
  ];
  for (const table of OTHER_TABLES) {
    const path = `${table}.parquet`;
    // ORDER BY ALL: the same database gives byte-identical files (the report publishes them).
    await connection.run(`COPY (SELECT * FROM ${table} ORDER BY ALL) TO ${sqlString(join(dir, path))} (FORMAT parquet, COMPRESSION zstd)`);
    const described = (await connection.runAndReadAll(`DESCRIBE ${table}`)).getRowObjectsJson();
    resources.push({
      name: table,
      path,
      format: "parquet",
      schema: { fields: described.map((d) => ({ name: String(d.column_name), type: frictionlessType(String(d.column_type)) })) },
      rows: await count(connection, table),
    });
  }
  const datapackage = {
    name: "csr-india-synchronised",
    title: "India CSR spending, synchronised across export formats (INDIGO Hack-and-Learn kit)",
    description: `Built by @hnl/csr from ${csrIndiaSource.title}: ${csrIndiaSource.snapshot}. Amounts in rupees; e-mails and addresses of the company master left out.`,
    licenses: [
      {
        name: "other",
        title:
          "No explicit licence: public government data re-published by third parties; cite the National CSR Portal (csr.gov.in) and the repositories named.",
      },
    ],
    sources: [{ title: "Ministry of Corporate Affairs, National CSR Portal", path: "https://csr.gov.in" }],
    resources,
  };
  writeFileSync(join(dir, "datapackage.json"), `${JSON.stringify(datapackage, null, 2)}\n`);
  const rows = await count(connection, "csr_spend");
  return { dir, files: [...partitions, ...OTHER_TABLES.map((t) => `${t}.parquet`), "datapackage.json"], rows };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? listFiles(path) : [path];
    });
}

async function count(connection: DuckDBConnection, table: string): Promise<number> {
  return Number((await connection.runAndReadAll(`SELECT count(*) FROM ${table}`)).getRows()[0]?.[0] ?? 0);
}

function frictionlessType(duckdb: string): string {
  if (duckdb === "BOOLEAN") return "boolean";
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT)$/.test(duckdb)) return "integer";
  if (/^(DOUBLE|FLOAT|DECIMAL)/.test(duckdb)) return "number";
  return "string";
}
