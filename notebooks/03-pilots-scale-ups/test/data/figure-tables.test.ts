import { untidy, untidyCells } from "@hnl/charts";
import { describe, expect, it } from "vitest";
import { followedByTable, timelineTable } from "../../src/data/figures.ts";
import { scaleStudy } from "../../src/data/scale-study.ts";

const s = await scaleStudy();

describe("untidy", () => {
  it("flags shares and counts of a base written out as text, and lets labels and dates through", () => {
    for (const cell of ["11 of 58 (19%)", "19%", "$1.29M", "209"]) expect(untidy(cell), cell).not.toBeNull();
    for (const cell of [58, null, "Employment and training", "2015-01-01", "2015 Depaul"]) expect(untidy(cell), String(cell)).toBeNull();
  });
});

describe("the figures' data tables and CSV", () => {
  it("hold raw values only", () => {
    const tables = { timeline: timelineTable(s), bySector: followedByTable(s, "sector"), byRegion: followedByTable(s, "region") };
    for (const [name, table] of Object.entries(tables)) {
      expect(table.rows.length, name).toBeGreaterThan(0);
      expect(untidyCells(table), name).toEqual([]);
    }
  });

  it("give one row per sector or region: first projects, followed, not followed and the share followed (%)", () => {
    const t = followedByTable(s, "sector");
    expect(t.columns.map((c) => c.title)).toEqual([
      "Policy sector",
      "First projects",
      "Followed",
      "Not followed",
      "Followed (% of first projects)",
    ]);
    expect(t.rows[0]).toEqual({
      category: "Employment and training",
      firstProjects: 58,
      followed: 11,
      notFollowed: 47,
      followedPercent: 19,
    });
    expect(t.rows.reduce((n, r) => n + Number(r.firstProjects), 0)).toBe(s.comparison.inWindow);
  });

  it("name each project on the timeline by its id and full name, beside the bar's short label", () => {
    const rows = timelineTable(s).rows;
    expect(rows).toHaveLength(43);
    expect(rows[0]).toMatchObject({ family: "St. Mungo's and others", project: "2015 Depaul", start: "2015-01-01" });
    expect(String(rows[0]?.name)).toContain("Depaul");
    expect(rows.every((r) => /^INDIGO-POJ-\d+$/.test(String(r.id)))).toBe(true);
  });
});
