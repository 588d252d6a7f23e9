import { indigoImpactBondDataset, type OutcomeMetric, type Project, resolveDataDir } from "@hnl/data";
import { describe, expect, it } from "vitest";
import { explodeSdgs } from "../src/explode-sdgs.js";

const dir = resolveDataDir({ flag: process.env["HNL_DATA_DIR"] ?? new URL("../../../../shared/datasets", import.meta.url).pathname });
const load = await indigoImpactBondDataset.load(dir);
const projects = load["projects"]?.records as Project[];
const metrics = load["outcome_metrics"]?.records as OutcomeMetric[];

describe("explodeSdgs", () => {
  it("links 241 of 320 projects to a primary SDG (59 at project level, 212 through outcome metrics), 243 counting secondary goals", () => {
    const { links } = explodeSdgs(projects, metrics);
    const ids = (primaryOnly: boolean, level?: string) =>
      new Set(links.filter((l) => (level === undefined || l.level === level) && (!primaryOnly || l.primary)).map((l) => l.projectId)).size;
    expect({ any: ids(true), project: ids(true, "project"), metric: ids(true, "metric") }).toEqual({ any: 241, project: 59, metric: 212 });
    expect({ any: ids(false), project: ids(false, "project"), metric: ids(false, "metric") }).toEqual({
      any: 243,
      project: 61,
      metric: 213,
    });
  });

  it("reads goals and the targets under them, and reports values that are not goals", () => {
    const { links, unreadable } = explodeSdgs(
      [],
      [
        {
          projectId: "P",
          id: "m1",
          primarySdgGoal: ["4", "TBD"],
          secondarySdgGoals: ["8"],
          primarySdgTarget: ["4.1"],
          secondarySdgTargets: [],
        } as unknown as OutcomeMetric,
      ],
    );
    expect(links).toEqual([
      { projectId: "P", goal: 4, level: "metric", primary: true, target: "4.1", metricId: "m1" },
      { projectId: "P", goal: 8, level: "metric", primary: false, target: null, metricId: "m1" },
    ]);
    expect(unreadable).toEqual([{ projectId: "P", level: "metric", value: "TBD" }]);
  });
});
