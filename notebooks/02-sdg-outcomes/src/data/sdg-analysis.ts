// SDGs and social outcomes: every figure of the page, computed once from the typed loaders.
import { explodeSdgs, projectRegions, rate, type SdgLink } from "@hnl/analysis";
import {
  type DeliveryLocation,
  indigoImpactBondDataset,
  type OutcomeMetric,
  type Project,
  REGIONS,
  type Region,
  type Result,
  resolveDataDir,
  type SdgGoal,
  sdgReference,
} from "@hnl/data";

export interface GoalInfo {
  goal: number;
  /** The goal's number and short title: "3 Good health and well-being". */
  label: string;
  /** The short title alone: "Good health and well-being". */
  title: string;
  colour: string;
}

/** One outcome metric's link to one SDG goal, with what the filters need. */
export interface Flow {
  sector: string;
  regions: Region[];
  goal: number;
  target: string | null;
}

export interface Achievement {
  goal: number;
  label: string;
  title: string;
  /** Outcome metrics with a final numeric result and a numeric target. */
  metrics: number;
  metTarget: number;
  medianRatio: number | null;
}

export interface SdgAnalysis {
  projects: number;
  metrics: number;
  derivation: {
    projectLevel: number;
    metricLevel: number;
    either: number;
    eitherWithSecondary: number;
    onlyProjectLevel: number;
    unreadable: number;
  };
  goals: GoalInfo[];
  flows: Flow[];
  sectors: string[];
  /**
   * Projects linked to each goal (either level), by region and overall, with `linked`, the
   * projects of the region linked to any goal (the base of a share).
   */
  byRegion: { region: string; goal: number; label: string; title: string; projects: number; linked: number }[];
  notTargeted: { region: string; goals: number[] }[];
  topGoals: { region: string; goals: { goal: number; label: string; projects: number; share: string }[] }[];
  achievement: Achievement[];
  snapshot: string;
}

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? null) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/**
 * Links projects to SDGs at both levels (project and outcome metric), places them in M49
 * regions, and measures, per goal, how often final results met the metric's target.
 */
export async function sdgAnalysis(): Promise<SdgAnalysis> {
  const dir = resolveDataDir();
  const load = await indigoImpactBondDataset.load(dir);
  const sdg = await sdgReference.load(dir);
  const projects = load["projects"]?.records as Project[];
  const metrics = load["outcome_metrics"]?.records as OutcomeMetric[];
  const locations = load["delivery_locations"]?.records as DeliveryLocation[];
  const results = load["results"]?.records as Result[];
  const goalRecords = sdg["goals"]?.records as SdgGoal[];
  const goals: GoalInfo[] = goalRecords.map((g) => ({
    goal: g.goal,
    label: `${g.goal} ${g.shortTitle}`,
    title: g.shortTitle,
    colour: g.colour,
  }));

  const { links, unreadable } = explodeSdgs(projects, metrics);
  const ids = (f: (l: SdgLink) => boolean) => new Set(links.filter(f).map((l) => l.projectId));
  const projectLevel = ids((l) => l.level === "project" && l.primary);
  const metricLevel = ids((l) => l.level === "metric" && l.primary);
  const anyLevel = ids(() => true);
  const metricAny = ids((l) => l.level === "metric");

  const regionsOf = new Map<string, Region[]>();
  for (const r of projectRegions(
    projects.map((p) => p.id),
    locations,
  )) {
    if (r.region !== null) regionsOf.set(r.projectId, [...(regionsOf.get(r.projectId) ?? []), r.region]);
  }
  const sectorOf = new Map(projects.map((p) => [p.id, p.policySector ?? "Not recorded"]));
  const metricSector = (m: OutcomeMetric | undefined, projectId: string) => m?.policySector ?? sectorOf.get(projectId) ?? "Not recorded";
  const metricByKey = new Map(metrics.map((m) => [`${m.projectId}/${m.id}`, m]));
  const flows: Flow[] = links
    .filter((l) => l.level === "metric")
    .map((l) => ({
      sector: metricSector(metricByKey.get(`${l.projectId}/${l.metricId}`), l.projectId),
      regions: regionsOf.get(l.projectId) ?? [],
      goal: l.goal,
      target: l.target,
    }));

  // Projects per goal, by region (a project in two regions counts in each) and overall.
  const projectGoals = new Map<string, Set<number>>();
  for (const l of links) projectGoals.set(l.projectId, (projectGoals.get(l.projectId) ?? new Set()).add(l.goal));
  const regionNames = [...REGIONS, "All regions"];
  const linkedIn = (region: string) =>
    [...projectGoals.keys()].filter((id) => region === "All regions" || (regionsOf.get(id) ?? []).includes(region as Region)).length;
  const byRegion = regionNames.flatMap((region) => {
    const linked = linkedIn(region);
    return goals.map((g) => ({
      region,
      goal: g.goal,
      label: g.label,
      title: g.title,
      projects: [...projectGoals].filter(
        ([id, set]) => set.has(g.goal) && (region === "All regions" || (regionsOf.get(id) ?? []).includes(region as Region)),
      ).length,
      linked,
    }));
  });
  const notTargeted = regionNames.map((region) => ({
    region,
    goals: byRegion.filter((c) => c.region === region && c.projects === 0).map((c) => c.goal),
  }));
  const topGoals = ["Latin America and the Caribbean", "Africa", "Asia"].map((region) => {
    const n = linkedIn(region);
    return {
      region,
      goals: byRegion
        .filter((c) => c.region === region && c.projects > 0)
        .sort((a, b) => b.projects - a.projects || a.goal - b.goal)
        .slice(0, 5)
        .map((c) => ({ goal: c.goal, label: c.label, projects: c.projects, share: rate(c.projects, n).label })),
    };
  });

  // Achievement: final results whose "outcomes achieved" is a number, against the metric's target.
  const achieved = new Map<string, number>();
  for (const r of results) {
    if (r.resultType !== "Final" || r.outcomeMetricId === null || r.outcomesAchieved === null) continue;
    const n = Number(r.outcomesAchieved.replaceAll(",", ""));
    if (!Number.isFinite(n)) continue;
    const key = `${r.projectId}/${r.outcomeMetricId}`;
    achieved.set(key, Math.max(achieved.get(key) ?? 0, n));
  }
  const ratios = new Map<number, number[]>();
  for (const l of links.filter((x) => x.level === "metric")) {
    const key = `${l.projectId}/${l.metricId}`;
    const target = metricByKey.get(key)?.targetedNumberOfServiceUsersOrBeneficiariesTotal;
    const got = achieved.get(key);
    const t = target === null || target === undefined ? Number.NaN : Number(String(target).replaceAll(",", ""));
    if (got === undefined || !(t > 0)) continue;
    ratios.set(l.goal, [...(ratios.get(l.goal) ?? []), got / t]);
  }
  const achievement = goals
    .map((g) => {
      const rs = ratios.get(g.goal) ?? [];
      return {
        goal: g.goal,
        label: g.label,
        title: g.title,
        metrics: rs.length,
        metTarget: rs.filter((r) => r >= 1).length,
        medianRatio: median(rs),
      };
    })
    .filter((a) => a.metrics > 0);

  return {
    projects: projects.length,
    metrics: metrics.length,
    derivation: {
      projectLevel: projectLevel.size,
      metricLevel: metricLevel.size,
      either: new Set([...projectLevel, ...metricLevel]).size,
      eitherWithSecondary: anyLevel.size,
      onlyProjectLevel: [...anyLevel].filter((id) => !metricAny.has(id)).length,
      unreadable: unreadable.length,
    },
    goals,
    flows,
    sectors: [...new Set(flows.map((f) => f.sector))].sort(),
    byRegion,
    notTargeted,
    topGoals,
    achievement,
    snapshot: load["projects"]?.provenance.snapshot ?? "",
  };
}
