import { untidy, untidyCells } from "@hnl/charts";
import { describe, expect, it } from "vitest";
import { achievementBars, achievementTable, byRegionTable } from "../../src/data/figure-tables.ts";
import { sdgAnalysis } from "../../src/data/sdg-analysis.ts";

const a = await sdgAnalysis();

describe("untidy", () => {
  it("flags numbers, shares, n's and intervals written out as text, and lets labels through", () => {
    for (const cell of ["1 No poverty (n = 13)", "4 of 7 (57%)", "70%", "95% CI 65–75", "1,234", "3"])
      expect(untidy(cell), cell).not.toBeNull();
    for (const cell of [13, null, "No poverty", "Latin America and the Caribbean"]) expect(untidy(cell), String(cell)).toBeNull();
  });
});

describe("the SDG figures' data tables and CSV", () => {
  it("hold raw values only: the goal's number and title apart, counts and bases as numbers", () => {
    for (const [name, table] of Object.entries({ byRegion: byRegionTable(a), achievement: achievementTable(a) })) {
      expect(table.rows.length, name).toBeGreaterThan(0);
      expect(untidyCells(table), name).toEqual([]);
    }
  });

  it("give the goal without its n in the achievement table, the n in a column of its own", () => {
    const t = achievementTable(a);
    expect(t.columns.map((c) => c.field)).toEqual(["goal", "goalTitle", "medianPercent", "metTarget", "metrics"]);
    expect(t.rows.find((r) => r.goal === 3)).toEqual({
      goal: 3,
      goalTitle: "Good health and well-being",
      medianPercent: expect.any(Number),
      metTarget: 8,
      metrics: 26,
    });
  });

  it("give each region's count with its base, the projects of the region linked to any goal", () => {
    const africa = byRegionTable(a).rows.find((r) => r.region === "Africa" && r.goal === 3);
    expect(africa).toEqual({
      region: "Africa",
      goal: 3,
      goalTitle: "Good health and well-being",
      projects: 12,
      linkedProjects: 15,
      sharePercent: 80,
    });
    const all = byRegionTable(a).rows.filter((r) => r.region === "All regions");
    expect(new Set(all.map((r) => r.linkedProjects))).toEqual(new Set([a.derivation.eitherWithSecondary]));
  });
});

describe("the achievement chart", () => {
  it("labels each bar by its goal alone and writes the n beside the bar", () => {
    const bars = achievementBars(a);
    for (const b of bars) expect(b.goal).not.toMatch(/\(n = /);
    expect(bars.find((b) => b.goal === "3 Good health and well-being")?.note).toMatch(/^\d+% · n = 26$/);
  });
});
