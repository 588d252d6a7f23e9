// Shares of projects targeting each SDG goal in two groups (earlier and later launch cohorts;
// INDIGO and the pipeline), each with its n and a 95% Wilson interval, for a dot plot.
import { type Proportion, proportion } from "@hnl/analysis";
import type { GoalLabel } from "./goal-results.ts";

export interface GoalShareRow {
  group: string;
  goal: number;
  label: string;
  title: string;
  projects: number;
  /** Projects of the group linked to any goal. */
  base: number;
  share: Proportion;
}

/**
 * For each group (a set of project IDs and the goals each targets), the share of its projects
 * that target each goal. Only projects linked to some goal count in the base.
 *
 * @example
 * goalShares(goals, [{ group: "INDIGO", goalsOf: indigoGoals }, { group: "Pipeline", goalsOf: pipelineGoals }])
 */
export function goalShares(
  goals: readonly GoalLabel[],
  groups: readonly { group: string; goalsOf: ReadonlyMap<string, ReadonlySet<number>> }[],
): GoalShareRow[] {
  return groups.flatMap(({ group, goalsOf }) => {
    const linked = [...goalsOf.values()].filter((s) => s.size > 0);
    return goals.map((g) => {
      const projects = linked.filter((s) => s.has(g.goal)).length;
      return {
        group,
        goal: g.goal,
        label: g.label,
        title: g.title,
        projects,
        base: linked.length,
        share: proportion(projects, linked.length),
      };
    });
  });
}

/** A goal number 1-17 from a cell such as "4" or " 8 "; null for anything else ("TBD"). */
export function goalNumber(value: string): number | null {
  const n = Number(value.trim());
  return Number.isInteger(n) && n >= 1 && n <= 17 ? n : null;
}

/** The year a project launched: its outcomes contract's signing, else the start of its services; null when neither is recorded. */
export function launchYear(p: { dateOutcomesContractSigned: string | null; dateServiceStart: string | null }): number | null {
  const d = p.dateOutcomesContractSigned ?? p.dateServiceStart;
  return d === null ? null : Number(d.slice(0, 4));
}
