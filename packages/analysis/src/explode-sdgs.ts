import type { OutcomeMetric, Project } from "@hnl/data";

/** One link from a project to an SDG goal, and where the link was recorded. */
export interface SdgLink {
  projectId: string;
  goal: number;
  /** `project`: the project's own primary or secondary goal; `metric`: an outcome metric's. */
  level: "project" | "metric";
  primary: boolean;
  /** The SDG target (e.g. "4.1"), when the metric gives one under this goal. */
  target: string | null;
  /** The outcome metric's within-project ID, for metric-level links. */
  metricId: string | null;
}

export interface ExplodeResult {
  links: SdgLink[];
  /** Values that are not a goal number 1-17 (e.g. "TBD"), with where they were found: kept out, reported. */
  unreadable: { projectId: string; level: "project" | "metric"; value: string }[];
}

const goalOf = (v: string): number | null => {
  const n = Number(v.trim());
  return Number.isInteger(n) && n >= 1 && n <= 17 ? n : null;
};

/**
 * One row per project × SDG goal × where it was recorded: the project's own primary and
 * secondary goals, and each outcome metric's goals and targets. A value that is not a goal number
 * is reported in `unreadable`, never dropped silently.
 *
 * @example
 * explodeSdgs(projects, metrics).links.filter((l) => l.level === "metric" && l.goal === 4)
 */
export function explodeSdgs(projects: readonly Project[], metrics: readonly OutcomeMetric[]): ExplodeResult {
  const links: SdgLink[] = [];
  const unreadable: ExplodeResult["unreadable"] = [];
  const add = (
    projectId: string,
    level: SdgLink["level"],
    values: readonly string[],
    primary: boolean,
    metricId: string | null,
    targets: readonly string[],
  ) => {
    for (const v of values) {
      const goal = goalOf(v);
      if (goal === null) {
        unreadable.push({ projectId, level, value: v });
        continue;
      }
      const target = targets.find((t) => t.split(".")[0] === String(goal)) ?? null;
      links.push({ projectId, goal, level, primary, target, metricId });
    }
  };
  for (const p of projects) {
    add(p.id, "project", p.primarySdgGoals, true, null, p.primarySdgTarget === null ? [] : [p.primarySdgTarget.split(" ")[0] ?? ""]);
    add(p.id, "project", p.secondarySdgGoals, false, null, p.secondarySdgTargets);
  }
  for (const m of metrics) {
    add(m.projectId, "metric", m.primarySdgGoal, true, m.id, m.primarySdgTarget);
    add(m.projectId, "metric", m.secondarySdgGoals, false, m.id, m.secondarySdgTargets);
  }
  return { links, unreadable };
}
