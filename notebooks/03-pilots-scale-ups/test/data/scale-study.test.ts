// The study on the real INDIGO export (HNL_DATA_DIR), with the exact figures observed.
import { describe, expect, it } from "vitest";
import { scaleStudy } from "../../src/data/scale-study.ts";

describe("scaleStudy on the real INDIGO export", () => {
  it("reads every row of the ten source files", async () => {
    const s = await scaleStudy();
    expect(s.projects).toBe(320);
    expect(s.accounting.every((a) => a.rejected === 0 && a.rowsIn === a.accepted)).toBe(true);
    expect(s.accounting.map((a) => a.rowsIn)).toEqual([320, 671, 604, 131, 21, 528, 502, 1554, 199, 132]);
  });

  it("counts the links, families and projects each rule finds", async () => {
    const s = await scaleStudy();
    expect(s.rules.map((r) => [r.id, r.links, r.families, r.projects, r.largest, r.followOns])).toEqual([
      ["same-service-provider", 92, 36, 99, 14, 57],
      ["same-outcome-payer", 86, 33, 88, 4, 32],
      ["same-intervention-name", 109, 23, 62, 11, 60],
      ["says-follow-on", 7, 5, 12, 3, 7],
      // The cohort rule is reported as its funds of two or more projects.
      ["same-outcomes-fund", 1121, 13, 122, 30, 573],
    ]);
    expect(s.lineage).toEqual({ followOns: 122, followedProjects: 60, followOnProjects: 70, largest: 14 });
    expect(s.counts).toEqual({
      families: 46,
      projects: 160,
      drawnFamilies: 7,
      drawnProjects: 43,
      fundCohorts: 13,
      fundProjects: 122,
      fundMemberships: 128,
    });
    expect(s.fundCohorts).toHaveLength(13);
    expect(s.programmePayers.map((p) => p.projects)).toEqual([40, 27, 22, 17, 16, 12, 10, 8, 7, 7]);
    expect(s.uncappedPayerLargest).toBe(32);
  });

  it("finds the self-described follow-ons and ties each to an earlier project", async () => {
    const s = await scaleStudy();
    expect(s.followOnWording.map((w) => [w.id, w.phrase, w.followsEarlier])).toEqual([
      ["INDIGO-POJ-0152", "builds on previous homelessness SIBs", true],
      ["INDIGO-POJ-0184", "scale-up", true],
      ["INDIGO-POJ-0205", "II", true],
      ["INDIGO-POJ-0228", "at scale", true],
      ["INDIGO-POJ-0304", "Scaling up", true],
    ]);
    expect(s.pilots).toHaveLength(17);
    const wlz = s.families.find((f) => f.members.some((m) => m.id === "INDIGO-POJ-0184"));
    expect(wlz?.members.map((m) => [m.id, m.relation])).toEqual([
      ["INDIGO-POJ-0318", "first"],
      ["INDIGO-POJ-0162", "follows"],
      ["INDIGO-POJ-0184", "follows"],
    ]);
  });

  it("draws the 7 largest families that have a bar to draw, and counts only those", async () => {
    const s = await scaleStudy();
    expect([s.timeline.families, s.timeline.projects, s.timeline.undrawn.length]).toEqual([7, 43, 13]);
    expect(new Set(s.timeline.rows.map((r) => r.project)).size).toBe(43);
  });

  it("compares first projects followed and not followed, with their denominators", async () => {
    const c = (await scaleStudy()).comparison;
    expect([c.horizonYear, c.lastStartYear, c.firstProjects, c.inWindow]).toEqual([2025, 2021, 244, 209]);
    expect(c.followedRate.label).toBe("43 of 209 (21%)");
    expect(c.followedByBigger.label).toBe("17 of 34 (50%)");
    expect(c.followOnsWithinWindow.label).toBe("62 of 84 (74%)");
    expect(c.measures.map((m) => [m.id, m.followed.median, m.followed.n, m.notFollowed.median, m.notFollowed.n])).toEqual([
      ["start-year", 2017, 43, 2018, 166],
      ["capital", 1285186.5985, 36, 1573611.052, 129],
      ["duration", 39, 29, 35, 87],
      ["targeted-users", 2314, 21, 300, 126],
      ["payments-of-max", null, 0, 1, 3],
    ]);
    expect(c.properties.map((p) => [p.id, p.followed.label, p.notFollowed.label])).toEqual([
      ["results", "19 of 43 (44%; 95% CI 30–59%)", "51 of 166 (31%; 95% CI 24–38%)"],
      ["final-results", "14 of 43 (33%; 95% CI 20–47%)", "26 of 166 (16%; 95% CI 11–22%)"],
      ["complete", "33 of 43 (77%; 95% CI 62–87%)", "55 of 166 (33%; 95% CI 26–41%)"],
      ["outcomes-fund", "27 of 43 (63%; 95% CI 48–76%)", "48 of 166 (29%; 95% CI 23–36%)"],
      ["pilot", "5 of 43 (12%; 95% CI 5–24%)", "11 of 166 (7%; 95% CI 4–11%)"],
    ]);
    expect(c.bySector.map((r) => [r.category, r.rate.label])).toEqual([
      ["Employment and training", "11 of 58 (19%; 95% CI 11–31%)"],
      ["Child and family welfare", "6 of 34 (18%; 95% CI 8–34%)"],
      ["Health", "8 of 34 (24%; 95% CI 12–40%)"],
      ["Education", "7 of 33 (21%; 95% CI 11–38%)"],
      ["Homelessness", "9 of 25 (36%; 95% CI 20–55%)"],
      ["Criminal justice", "0 of 19 (0%; 95% CI 0–17%)"],
      ["Agriculture and environment", "1 of 4 (25%; 95% CI 5–70%)"],
      ["Poverty reduction", "1 of 2 (50%; 95% CI 9–91%)"],
    ]);
    expect(c.byRegion.map((r) => [r.category, r.rate.label])).toEqual([
      ["Europe", "34 of 120 (28%; 95% CI 21–37%)"],
      ["Northern America", "0 of 34 (0%; 95% CI 0–10%)"],
      ["Asia", "4 of 26 (15%; 95% CI 6–34%)"],
      ["Oceania", "1 of 17 (6%; 95% CI 1–27%)"],
      ["Africa", "2 of 8 (25%; 95% CI 7–59%)"],
      ["Latin America and the Caribbean", "2 of 4 (50%; 95% CI 15–85%)"],
    ]);
  });
});
