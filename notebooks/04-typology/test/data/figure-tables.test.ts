import { untidy, untidyCells } from "@hnl/charts";
import { describe, expect, it } from "vitest";
import { byTypeTable, byYearTable } from "../../src/data/figure-tables.ts";
import { typologyStudy } from "../../src/data/typology-study.ts";

const s = await typologyStudy();

describe("untidy", () => {
  it("flags numbers and shares written out as text, and lets type names through", () => {
    for (const cell of ["91.3% (292)", "1,234", "292"]) expect(untidy(cell), cell).not.toBeNull();
    for (const cell of [292, null, "2015", "Social impact bond", "social_impact_bond"]) expect(untidy(cell), String(cell)).toBeNull();
  });
});

describe("the figures' data tables and CSV", () => {
  it("hold raw values only", () => {
    const tables = {
      indigoByType: byTypeTable(s.indigo, "Projects"),
      pipelineByType: byTypeTable(s.pipeline, "Records"),
      indigoByYear: byYearTable(s),
    };
    for (const [name, table] of Object.entries(tables)) {
      expect(table.rows.length, name).toBeGreaterThan(0);
      expect(untidyCells(table), name).toEqual([]);
    }
  });

  it("give the year a contract was signed (as text: 2019, not 2,019), and every dated project once", () => {
    const rows = byYearTable(s).rows;
    expect(rows[0]).toEqual({ year: "2010", type: "Social impact bond", projects: 1 });
    expect(rows.reduce((n, r) => n + Number(r.projects), 0)).toBe(s.indigo.records - s.indigo.withoutYear);
  });

  it("list a type found only with text cues off, with 0 records with them on", () => {
    const t = byTypeTable(s.pipeline, "Records");
    expect(t.rows.reduce((n, r) => n + Number(r.records), 0)).toBe(s.pipeline.records);
    expect(t.rows.reduce((n, r) => n + Number(r.structureOnly), 0)).toBe(s.pipeline.records);
  });
});
