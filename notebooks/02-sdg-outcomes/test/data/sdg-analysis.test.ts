import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sdgAnalysis } from "../../src/data/sdg-analysis.ts";

const a = await sdgAnalysis();

describe("sdgAnalysis on the real data", () => {
  it("derives SDG links at both levels: 241 of 320 projects by primary goal, 243 with secondary goals", () => {
    expect(a.derivation).toEqual({
      projectLevel: 59,
      metricLevel: 212,
      either: 241,
      eitherWithSecondary: 243,
      onlyProjectLevel: 30,
      unreadable: 0,
    });
  });

  it("counts 1,090 outcome-metric links to goals across the 8 policy sectors", () => {
    expect(a.flows).toHaveLength(1090);
    expect(a.sectors).toHaveLength(8);
    expect(a.goals[0]).toEqual({ goal: 1, label: "1 No poverty", title: "No poverty", colour: "#E5243B" });
  });

  it("finds the goals no project targets: 7 and 13 overall", () => {
    expect(a.notTargeted.find((r) => r.region === "All regions")?.goals).toEqual([7, 13]);
    expect(a.notTargeted.find((r) => r.region === "Africa")?.goals).toEqual([2, 6, 7, 9, 11, 13, 15, 16, 17]);
  });

  it("answers the three regions of the question with n and shares, Latin America as too few to rank", () => {
    expect(a.regions.map((r) => [r.region, r.linked, r.status, r.top[0]?.label, r.top[0]?.share.label])).toEqual([
      ["Latin America and the Caribbean", 7, "too few", "4 Quality education", "4 of 7 (57%; 95% CI 25–84%)"],
      ["Africa", 15, "ranked", "3 Good health and well-being", "12 of 15 (80%; 95% CI 55–93%)"],
      ["Asia", 20, "ranked", "4 Quality education", "11 of 20 (55%; 95% CI 34–74%)"],
    ]);
    for (const r of a.regions) expect(r.sentence).not.toMatch(/\(\d+ of \d+ \(/);
  });

  it("splits launch cohorts at 2018 and compares INDIGO with the pipeline", () => {
    expect([a.cohorts.earlier, a.cohorts.later, a.cohorts.noYear]).toEqual(["2010–2017", "2018–2024", 5]);
    expect(a.cohorts.shifts.map((s) => [s.goal, s.direction])).toEqual([[5, "higher"]]);
    expect([a.pipeline.projects, a.pipeline.linked, a.pipeline.unreadable]).toEqual([132, 125, 0]);
    expect(a.pipeline.shifts.slice(0, 3).map((s) => s.goal)).toEqual([5, 13, 1]);
    expect(a.pipeline.goalsPerProject).toEqual({ indigo: 1.6, pipeline: 3 });
  });
});

describe("results against targets on the real data", () => {
  it("accounts for every linked metric: no target, no final result, unit mismatch or comparable", () => {
    const m = a.results.metrics;
    expect(m).toEqual({ linked: 833, noTarget: 514, noFinalResult: 268, unitMismatch: 13, comparable: 38 });
    expect(m.noTarget + m.noFinalResult + m.unitMismatch + m.comparable).toBe(m.linked);
  });

  it("leaves out the No poverty case: INDIGO-POJ-0194 puts its cohort of 79 on all 13 metrics, so SDG 1 has no comparable metric", () => {
    expect(a.results.leftOut).toHaveLength(13);
    expect(new Set(a.results.leftOut.map((l) => `${l.projectId} ${l.reason} ${l.target} ${l.goals.join()}`))).toEqual(
      new Set(["INDIGO-POJ-0194 cohort-target 79 1"]),
    );
    expect(a.results.tooFew.find((g) => g.goal === 1)).toMatchObject({
      checked: 13,
      unitMismatch: 13,
      comparable: 0,
      status: "too few",
      met: null,
    });
  });

  it("shows a goal under the minimum n as too few, never ranked, with no share", () => {
    expect(a.results.minimum).toBe(10);
    expect(a.results.tooFew.map((g) => [g.goal, g.comparable])).toEqual([
      [1, 0],
      [5, 2],
      [10, 1],
      [16, 1],
    ]);
    for (const g of a.results.tooFew) expect([g.status, g.met, g.medianPercent]).toEqual(["too few", null, null]);
    for (const g of a.results.ranked) expect(g.comparable).toBeGreaterThanOrEqual(a.results.minimum);
    expect(a.results.ranked.map((g) => [g.goal, g.met?.label])).toEqual([
      [3, "8 of 26 (31%; 95% CI 17–50%)"],
      [8, "3 of 27 (11%; 95% CI 4–28%)"],
      [4, "1 of 10 (10%; 95% CI 2–40%)"],
    ]);
    expect(a.results.separated).toBe(false);
  });
});

describe("what the data records about each goal", () => {
  it("compares the 8 goals linked to at least 10 projects and lists the rest as too few", () => {
    expect(a.evidence.goals.map((g) => g.goal)).toEqual([8, 4, 3, 10, 16, 1, 5, 11]);
    expect(a.evidence.tooFew.map((g) => g.goal)).toEqual([2, 6, 9, 12, 14, 15, 17]);
    expect(a.contrasts.finalResult).toMatchObject({ high: "1 No poverty", low: "10 Reduced inequalities", separated: true });
    expect(a.contrasts.individual?.separated).toBe(false);
    expect(a.contrasts.governmentPayer?.separated).toBe(false);
  });
});

describe("findings.json", () => {
  it("states the figures the data gives today (a finding goes stale, this fails)", () => {
    const findings = JSON.parse(readFileSync(new URL("../../findings.json", import.meta.url), "utf8")) as {
      id: string;
      statement: string;
    }[];
    const text = (id: string) => findings.find((f) => f.id === id)?.statement ?? "";
    expect(text("F2.1")).toContain(
      `${a.derivation.metricLevel} projects have a primary SDG on an outcome metric but only ${a.derivation.projectLevel}`,
    );
    expect(text("F2.1")).toContain(`${a.derivation.either} of ${a.projects}`);
    const [lac, africa, asia] = a.regions;
    expect(text("F2.3")).toContain(`in Africa ${africa?.top[0]?.projects} of ${africa?.linked} linked projects target SDG 3`);
    expect(text("F2.3")).toContain(`in Asia ${asia?.top[0]?.projects} of ${asia?.linked} target SDG 4`);
    expect(text("F2.3")).toContain(`has only ${lac?.linked} linked projects, too few`);
    const r = a.results;
    expect(text("F2.4")).toContain(`only ${r.metrics.comparable} of ${r.metrics.linked} linked outcome metrics`);
    expect(text("F2.4")).toContain(`(${r.metrics.unitMismatch} metrics, all SDG 1, are left out`);
    expect(text("F2.4")).toContain(`only ${r.ranked.length} goals reach the minimum of ${r.minimum} comparable metrics`);
    expect(r.separated).toBe(false);
    const pipe = (group: string, goal: number) => a.pipeline.rows.find((x) => x.group === group && x.goal === goal);
    const p13 = pipe("INDIGO Pipeline Dataset", 13);
    expect(pipe("INDIGO Impact Bond Dataset", 13)?.projects).toBe(0);
    expect(text("F2.5")).toContain(`SDG 13 (climate action) in ${p13?.projects} of ${p13?.base} linked pipeline projects`);
    const p5 = pipe("INDIGO Pipeline Dataset", 5);
    const i5 = pipe("INDIGO Impact Bond Dataset", 5);
    expect(text("F2.5")).toContain(
      `SDG 5 (gender equality) in ${p5?.projects} of ${p5?.base} against ${i5?.projects} of ${i5?.base} impact bonds`,
    );
  });
});
