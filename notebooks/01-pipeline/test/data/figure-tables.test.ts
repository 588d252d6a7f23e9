import { untidy, untidyCells } from "@hnl/charts";
import { beforeAll, describe, expect, it } from "vitest";
import { flagTable, launchTable, regionsTable, sharePercent, sizesTable, stagesTable } from "../../src/data/figure-tables.ts";
import { type PipelineSummary, pipelineSummary } from "../../src/data/pipeline-summary.ts";

let s: PipelineSummary;
beforeAll(async () => {
  s = await pipelineSummary();
});

describe("untidy", () => {
  it("flags numbers, shares, counts of a base and intervals written out as text", () => {
    for (const cell of ["241 of 344 (70%; 95% CI 65–75%)", "1 No poverty (n = 13)", "1,234", "70%", "USD 3m", "$1.5M", "132"]) {
      expect(untidy(cell), cell).not.toBeNull();
    }
    expect(untidy(Number.NaN)).not.toBeNull();
  });

  it("lets numbers, empty cells and labels through, a lone ISO code CI included", () => {
    for (const cell of [132, 18.2, null, "2023", "Low income", "Q2 2023 or later", "$1M to under $5M", "CI", "Not recorded"]) {
      expect(untidy(cell), String(cell)).toBeNull();
    }
  });
});

describe("the figures' data tables and CSV", () => {
  it("hold raw values only: counts, denominators and shares in their own numeric columns", () => {
    const tables = {
      stages: stagesTable(s),
      instruments: flagTable(s.instruments.rows, s.total, "Instrument"),
      regions: regionsTable(s),
      income: flagTable(s.income.rows, s.total, "Income group"),
      sectors: flagTable(s.sectors.rows, s.total, "Policy sector"),
      launch: launchTable(s),
      sizes: sizesTable(s),
    };
    for (const [name, table] of Object.entries(tables)) {
      expect(table.rows.length, name).toBeGreaterThan(0);
      expect(untidyCells(table), name).toEqual([]);
    }
  });

  it("give each share its count and denominator, the share in percent to one decimal", () => {
    const income = flagTable(s.income.rows, s.total, "Income group");
    expect(income.columns.map((c) => c.title)).toEqual([
      "Income group",
      "Yes",
      "No",
      "Blank or TBD",
      "All projects",
      "Share of all projects (%)",
    ]);
    expect(income.rows[0]).toMatchObject({ label: "Low income", projects: 24, allProjects: 132, sharePercent: 18.2 });
    // The funnel: the launched project that records final negotiations counts as launched.
    expect(stagesTable(s).rows.find((r) => r.step === "Final negotiations")).toEqual({
      step: "Final negotiations",
      projects: 28,
      allProjects: 132,
      sharePercent: 21.2,
    });
    expect(regionsTable(s).rows.find((r) => r.region === "Africa")).toEqual({
      region: "Africa",
      projects: 64,
      allProjects: 132,
      sharePercent: 48.5,
      countries: 29,
    });
    expect(sharePercent(1, 0)).toBeNull();
  });

  it("split a launch period into year, quarter, first day and 'or later' count, and a size band into its bounds in USD", () => {
    expect(launchTable(s).rows.find((r) => r.when === "Q2 2023")).toEqual({
      when: "Q2 2023",
      year: "2023",
      quarter: 2,
      from: "2023-04-01",
      projects: 12,
      orLater: 7,
      fromNote: 0,
    });
    expect(sizesTable(s).rows.map((r) => [r.usdFrom, r.usdTo])).toEqual([
      [0, 1e6],
      [1e6, 5e6],
      [5e6, 10e6],
      [10e6, 25e6],
      [25e6, 50e6],
      [50e6, null],
    ]);
  });
});
