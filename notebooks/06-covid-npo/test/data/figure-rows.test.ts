import { untidy, untidyCells } from "@hnl/charts";
import { describe, expect, it } from "vitest";
import { ALL_RESPONDENTS, covidAnalysis } from "../../src/data/covid-analysis.ts";
import { FIGURES } from "../../src/data/figures.ts";
import { figureColumns, figureRows } from "../../src/data/survey-figure.ts";

const a = await covidAnalysis();
// The published tables the page's figures draw (each FIGURES entry draws one of them).
const drawn = {
  operations: a.operations,
  fundingStaffing: a.fundingStaffing,
  bySector: a.bySector,
  byBudget: a.byBudget,
  byStaff: a.byStaff,
  needs: a.needs,
  firstNeed: a.firstNeed,
  secondWave: a.secondWave,
};

describe("untidy", () => {
  it("flags a share written out with its base and interval, and lets survey wording through", () => {
    for (const cell of ["241 of 344 (70%; 95% CI 65–75%)", "suppressed (of 9)", "70%"]) expect(untidy(cell), cell).not.toBeNull();
    for (const cell of [241, null, "primary", "Closed or adjusted services", "Under $100k"]) expect(untidy(cell), String(cell)).toBeNull();
  });
});

describe("the survey figures' data tables and CSV", () => {
  it("cover every figure of the page drawn from a published survey table; the sector figures draw sector comparisons", () => {
    const sectorFigures = ["sectorGaps", "sectorShares"];
    expect(Object.keys(drawn).sort()).toEqual(
      Object.keys(FIGURES)
        .filter((k) => !sectorFigures.includes(k))
        .sort(),
    );
  });

  it("give each sector figure a data table, a CSV and the number of sectors that passed suppression", async () => {
    const html = await FIGURES.sectorGaps(a);
    expect(html).toMatch(/^<figure class="hnl-figure[^"]*" id="sector-online-gaps">/);
    expect(html).toMatch(/<a download="sector-online-gaps[\w-]*\.csv"/);
    expect(html).toContain("sectors whose counts pass small-cell suppression (threshold 5): 23 of 24");
    expect(html).not.toContain(">null<");
  });

  it("hold raw values only: count, base, share and interval bounds in numeric columns of their own", () => {
    for (const [name, table] of Object.entries(drawn)) {
      const t = { rows: figureRows(table), columns: figureColumns("Rows", "Columns") };
      expect(t.rows.length, name).toBe(table.cells.length);
      expect(untidyCells(t), name).toEqual([]);
    }
  });

  it("give the count and its base where the page's prose says '241 of 344 (70%; 95% CI 65–75%)'", () => {
    const row = figureRows(a.operations).find((r) => r.group === ALL_RESPONDENTS && r.item === "Closed or adjusted services");
    expect(row).toEqual({
      group: ALL_RESPONDENTS,
      item: "Closed or adjusted services",
      count: 241,
      denominator: 344,
      percent: 70.1,
      lower: 65,
      upper: 74.7,
      suppressed: null,
    });
  });

  it("leave a suppressed cell's count, share and interval empty, say why, and keep a base that is safe to show", () => {
    const rows = figureRows(a.byStaff);
    const hidden = rows.filter((r) => r.suppressed !== null);
    expect(hidden).toHaveLength(12);
    for (const r of hidden) expect([r.count, r.percent, r.lower, r.upper]).toEqual([null, null, null, null]);
    expect(new Set(hidden.map((r) => r.suppressed))).toEqual(new Set(["primary", "complementary"]));
    expect(figureRows(a.bySector).find((r) => r.group === "Environment" && r.item === "Laid off staff")).toMatchObject({
      count: null,
      denominator: 11,
      suppressed: "primary",
    });
  });
});
