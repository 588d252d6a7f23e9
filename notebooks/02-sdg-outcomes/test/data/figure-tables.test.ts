import { proportion } from "@hnl/analysis";
import { untidy, untidyCells } from "@hnl/charts";
import { describe, expect, it } from "vitest";
import {
  achievementDots,
  achievementTable,
  byRegionPhoneTable,
  byRegionTable,
  contractEvidenceRows,
  metricEvidenceRows,
  PHONE_TOP_GOALS,
  regionRows,
  shareCell,
  shareTable,
} from "../../src/data/figure-tables.ts";
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
  it("hold raw values only: the goal's number and title apart, counts, bases and interval bounds as numbers", () => {
    const tables = {
      byRegion: byRegionTable(a),
      achievement: achievementTable(a),
      cohorts: shareTable(a.cohorts.rows, "Launched"),
      pipeline: shareTable(a.pipeline.rows, "Dataset"),
    };
    for (const [name, table] of Object.entries(tables)) {
      expect(table.rows.length, name).toBeGreaterThan(0);
      expect(untidyCells(table), name).toEqual([]);
    }
  });

  it("list ranked goals first with share and interval, then too-few goals with no share at all", () => {
    const rows = achievementTable(a).rows;
    expect(rows.map((r) => [r.goal, r.status])).toEqual([
      [3, "Ranked"],
      [8, "Ranked"],
      [4, "Ranked"],
      [1, "Too few (under 10 comparable metrics)"],
      [5, "Too few (under 10 comparable metrics)"],
      [10, "Too few (under 10 comparable metrics)"],
      [16, "Too few (under 10 comparable metrics)"],
    ]);
    expect(rows.find((r) => r.goal === 3)).toMatchObject({
      comparable: 26,
      projects: 8,
      metTarget: 8,
      metPercent: 30.8,
      lowerPercent: 16.5,
      upperPercent: 50,
    });
    expect(rows.find((r) => r.goal === 1)).toMatchObject({
      comparable: 0,
      unitMismatch: 13,
      metTarget: null,
      metPercent: null,
      medianPercent: null,
    });
  });

  it("draw a dot only for ranked goals, each labelled with its n", () => {
    expect(achievementDots(a).map((d) => d.goal)).toEqual([
      "3 Good health and well-being (n=26)",
      "8 Decent work and economic growth (n=27)",
      "4 Quality education (n=10)",
    ]);
  });

  it("give each region's count with its base, and rank each region's goals for the phone's table", () => {
    const rows = byRegionTable(a).rows;
    expect(rows.find((r) => r.region === "Africa" && r.goal === 3)).toEqual({
      region: "Africa",
      goal: 3,
      goalTitle: "Good health and well-being",
      projects: 12,
      linkedProjects: 15,
      sharePercent: 80,
    });
    const africa = rows.filter((r) => r.region === "Africa").map((r) => Number(r.projects));
    expect(africa).toEqual([...africa].sort((x, y) => y - x));
    expect(rows[0]?.region).toBe("All regions");
    // The grid's 0 cells are not rows; every targeted goal of every region is.
    expect(rows.every((r) => Number(r.projects) > 0)).toBe(true);
    expect(rows).toHaveLength(a.byRegion.filter((c) => c.projects > 0).length);
    const all = rows.filter((r) => r.region === "All regions");
    expect(new Set(all.map((r) => r.linkedProjects))).toEqual(new Set([a.derivation.eitherWithSecondary]));
  });
});

describe("the heatmap's phone table", () => {
  it("lists each region's most targeted goals, ties at the cut kept, in three columns", () => {
    const phone = byRegionPhoneTable(a);
    expect(phone.columns).toHaveLength(3);
    expect(phone.rows.find((r) => r.region === "Africa")).toEqual({ region: "Africa", goal: "3 Good health and well-being", projects: 12 });
    for (const region of new Set(byRegionTable(a).rows.map((r) => r.region))) {
      const all = byRegionTable(a)
        .rows.filter((r) => r.region === region)
        .map((r) => Number(r.projects));
      const shown = phone.rows.filter((r) => r.region === region).map((r) => Number(r.projects));
      expect(shown.length, String(region)).toBeGreaterThanOrEqual(Math.min(PHONE_TOP_GOALS, all.length));
      expect(shown, String(region)).toEqual(all.slice(0, shown.length));
      expect(
        all.slice(shown.length).every((n) => n < (shown.at(-1) ?? 0)),
        String(region),
      ).toBe(true);
    }
    expect(phone.rows.length).toBeLessThan(byRegionTable(a).rows.length / 2);
  });
});

describe("the page's tables", () => {
  it("say Latin America is too few to rank, and give the other regions' shares with intervals", () => {
    const rows = regionRows(a);
    expect(rows[0]?.top).toMatch(/^Too few to rank \(under 10\): 4 Quality education, 4; /);
    expect(rows[1]?.top).toMatch(/^3 Good health and well-being: 12 of 15 \(80%; 95% CI 55–93%\)/);
  });

  it("give every evidence share with its base and interval", () => {
    expect(shareCell(proportion(72, 259))).toBe("72 of 259 · 28% (23–34)");
    expect(shareCell(proportion(0, 0))).toBe("0 of 0");
    for (const r of metricEvidenceRows(a))
      for (const k of ["finalResult", "priced", "validated"]) expect(r[k]).toMatch(/^\d+ of \d+ · \d+% \(\d+–\d+\)$/);
    expect(contractEvidenceRows(a).map((r) => r.payment)).toContain("1 month (10 projects)");
  });
});
