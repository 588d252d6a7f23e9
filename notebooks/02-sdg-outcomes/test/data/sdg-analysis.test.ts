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

  it("names the most targeted goals in Latin America, Africa and Asia with their denominators", () => {
    expect(a.topGoals.map((r) => [r.region, r.goals[0]?.label, r.goals[0]?.share])).toEqual([
      ["Latin America and the Caribbean", "4 Quality education", "4 of 7 (57%)"],
      ["Africa", "3 Good health and well-being", "12 of 15 (80%)"],
      ["Asia", "4 Quality education", "11 of 20 (55%)"],
    ]);
  });

  it("compares final results with targets for 80 outcome metrics", () => {
    expect(a.achievement.reduce((n, x) => n + x.metrics, 0)).toBe(80);
    expect(a.achievement.find((x) => x.goal === 3)).toMatchObject({ metrics: 26, metTarget: 8 });
  });
});

describe("findings.json", () => {
  it("states the figures the data gives today (a finding goes stale, this fails)", async () => {
    const { readFileSync } = await import("node:fs");
    const findings = JSON.parse(readFileSync(new URL("../../findings.json", import.meta.url), "utf8")) as {
      id: string;
      statement: string;
    }[];
    const text = (id: string) => findings.find((f) => f.id === id)?.statement ?? "";
    expect(text("F2.1")).toContain(
      `${a.derivation.metricLevel} projects have a primary SDG on an outcome metric but only ${a.derivation.projectLevel}`,
    );
    expect(text("F2.1")).toContain(`${a.derivation.either} of ${a.projects}`);
    const africa = a.topGoals.find((r) => r.region === "Africa")?.goals[0];
    expect(text("F2.3")).toContain(`${africa?.projects} of 15`);
    expect(text("F2.4")).toContain(`Only ${a.achievement.reduce((n, x) => n + x.metrics, 0)} outcome metrics`);
  });
});
