// The data table and CSV of the chapter's figures: raw values, one variable a column.
import type { FigureColumn } from "@hnl/charts";
import type { CsvValue } from "@hnl/data";
import type { DatasetClassification, TypologyStudy } from "./typology-study.ts";

/** A figure's rows and columns, as `figure()` takes them. */
export interface FigureTable {
  rows: Record<string, CsvValue>[];
  columns: FigureColumn[];
}

/**
 * Records by type with text cues on (the chart's bars) and off. A type found only with text cues
 * off is listed too, with 0 records with them on, so nothing the table compares is left out.
 */
export function byTypeTable(c: DatasetClassification, unit: string): FigureTable {
  const off = new Map(c.structureOnly.map((t) => [t.code, t.records]));
  const offOnly = c.structureOnly.filter((t) => !c.byType.some((r) => r.code === t.code)).map((t) => ({ ...t, records: 0 }));
  return {
    rows: [...c.byType, ...offOnly].map((r) => ({ code: r.code, type: r.type, records: r.records, structureOnly: off.get(r.code) ?? 0 })),
    columns: [
      { field: "type", title: "Type" },
      { field: "records", title: `${unit} (text cues on)` },
      { field: "structureOnly", title: `${unit} (structure only)` },
    ],
  };
}

/**
 * INDIGO projects by the year their outcomes contract was signed and type. The year stays text, so
 * the data table shows 2019, not 2,019 (the CSV is the same either way).
 */
export function byYearTable(s: TypologyStudy): FigureTable {
  return {
    rows: s.indigo.byYear.map((r) => ({ year: r.year, type: r.type, projects: r.projects })),
    columns: [
      { field: "year", title: "Year signed" },
      { field: "type", title: "Type" },
      { field: "projects", title: "Projects" },
    ],
  };
}
