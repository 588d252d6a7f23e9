// SDGs and social outcomes: every figure of the page, computed once from the typed loaders.
import { explodeSdgs, projectRegions, type SdgLink } from "@hnl/analysis";
import {
  type DeliveryLocation,
  indigoImpactBondDataset,
  indigoPipelineDataset,
  type OutcomeMetric,
  type OutcomePayment,
  type OutcomePaymentCommitment,
  type OutcomePricing,
  type PipelineProject,
  type Project,
  REGIONS,
  type Region,
  type Result,
  resolveDataDir,
  type SdgGoal,
  sdgReference,
} from "@hnl/data";
import { contrast } from "./contrast.ts";
import { type GoalEvidence, type GoalEvidenceResult, goalEvidence } from "./goal-evidence.ts";
import { type GoalResults, goalResults } from "./goal-results.ts";
import { type GoalShareRow, goalNumber, goalShares, launchYear } from "./goal-shares.ts";
import { MINIMUM_N } from "./minimum.ts";
import { type RegionAnswer, regionAnswers } from "./region-answers.ts";
import { type ShareShift, shareShifts } from "./share-shifts.ts";

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
  /** The regions of the question (Latin America and the Caribbean, Africa, Asia), each answered in a sentence. */
  regions: RegionAnswer[];
  /** Final results against targets by goal: units checked, minimum n applied. */
  results: GoalResults;
  /** What the data records about each goal's metrics and contracts. */
  evidence: GoalEvidenceResult;
  /** The goals furthest apart on each recorded feature, for the prose. */
  contrasts: Record<
    "finalResult" | "priced" | "validated" | "individual" | "governmentPayer",
    { high: string; low: string; highShare: string; lowShare: string; separated: boolean } | null
  >;
  /** Goals targeted by projects launched before and from `cohorts.splitYear`. */
  cohorts: { splitYear: number; earlier: string; later: string; noYear: number; rows: GoalShareRow[]; shifts: ShareShift[] };
  /** Goals targeted in INDIGO (either level) and in the Pipeline Dataset (project level). */
  pipeline: {
    projects: number;
    linked: number;
    unreadable: number;
    snapshot: string;
    rows: GoalShareRow[];
    shifts: ShareShift[];
    goalsPerProject: { indigo: number; pipeline: number };
  };
  minimum: number;
  /** Rows read, accepted and rejected in every file this analysis reads. */
  accounting: { file: string; rowsIn: number; accepted: number; rejected: number }[];
  snapshot: string;
}

/** The year that splits the launch cohorts: INDIGO's busiest year of signing. */
export const COHORT_SPLIT_YEAR = 2018;

/** The regions challenge 2 asks about. */
export const QUESTION_REGIONS = ["Latin America and the Caribbean", "Africa", "Asia"] as const;

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
  const pricings = load["outcome_pricings"]?.records as OutcomePricing[];
  const commitments = load["outcome_payment_commitments"]?.records as OutcomePaymentCommitment[];
  const payments = load["outcome_payments"]?.records as OutcomePayment[];
  const pipelineLoad = await indigoPipelineDataset.load(dir, { mode: "strict" });
  const pipelineProjects = pipelineLoad["pipelines"]?.records as PipelineProject[];
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
  const regions = regionAnswers(byRegion, QUESTION_REGIONS, MINIMUM_N);
  const metricLinks = links.filter((l) => l.level === "metric");
  const goalResultsOut = goalResults({ goals, links: metricLinks, metrics, results, minimum: MINIMUM_N });
  const evidence = goalEvidence({ goals, links, projects, metrics, results, pricings, commitments, payments, minimum: MINIMUM_N });

  // Launch cohorts: before and from the split year; projects with no year are counted, not placed.
  const yearOf = new Map(projects.map((p) => [p.id, launchYear(p)]));
  const cohort = (f: (y: number) => boolean) =>
    new Map(
      [...projectGoals].filter(([id]) => {
        const y = yearOf.get(id);
        return y !== null && y !== undefined && f(y);
      }),
    );
  const years = [...projectGoals.keys()].map((id) => yearOf.get(id)).filter((y): y is number => y !== null && y !== undefined);
  const earlier = `${Math.min(...years)}–${COHORT_SPLIT_YEAR - 1}`;
  const later = `${COHORT_SPLIT_YEAR}–${Math.max(...years)}`;
  const cohortRows = goalShares(goals, [
    { group: earlier, goalsOf: cohort((y) => y < COHORT_SPLIT_YEAR) },
    { group: later, goalsOf: cohort((y) => y >= COHORT_SPLIT_YEAR) },
  ]);
  const cohorts = {
    splitYear: COHORT_SPLIT_YEAR,
    earlier,
    later,
    noYear: [...projectGoals.keys()].filter((id) => (yearOf.get(id) ?? null) === null).length,
    rows: cohortRows,
    shifts: shareShifts(cohortRows, earlier, later),
  };

  // The pipeline records goals on the project only (primary and secondary).
  let unreadablePipeline = 0;
  const pipelineGoals = new Map<string, Set<number>>();
  for (const p of pipelineProjects) {
    const set = new Set<number>();
    for (const v of [...p.primarySdgGoal, ...p.secondarySdgGoals]) {
      const g = goalNumber(v);
      if (g === null) unreadablePipeline += 1;
      else set.add(g);
    }
    pipelineGoals.set(p.id, set);
  }
  const pipelineRows = goalShares(goals, [
    { group: "INDIGO Impact Bond Dataset", goalsOf: projectGoals },
    { group: "INDIGO Pipeline Dataset", goalsOf: pipelineGoals },
  ]);
  const pipeline = {
    projects: pipelineProjects.length,
    linked: [...pipelineGoals.values()].filter((s) => s.size > 0).length,
    unreadable: unreadablePipeline,
    snapshot: pipelineLoad["pipelines"]?.provenance.snapshot ?? "",
    rows: pipelineRows,
    shifts: shareShifts(pipelineRows, "INDIGO Impact Bond Dataset", "INDIGO Pipeline Dataset"),
    goalsPerProject: { indigo: goalsPerProject(projectGoals), pipeline: goalsPerProject(pipelineGoals) },
  };

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
    regions,
    results: goalResultsOut,
    evidence,
    contrasts: {
      finalResult: contrastOf(evidence.goals, "finalResult"),
      priced: contrastOf(evidence.goals, "priced"),
      validated: contrastOf(evidence.goals, "validated"),
      individual: contrastOf(evidence.goals, "individual"),
      governmentPayer: contrastOf(evidence.goals, "governmentPayer"),
    },
    cohorts,
    pipeline,
    minimum: MINIMUM_N,
    accounting: [
      ...[
        "projects",
        "outcome_metrics",
        "delivery_locations",
        "results",
        "outcome_pricings",
        "outcome_payment_commitments",
        "outcome_payments",
      ].map((name) => load[name]),
      pipelineLoad["pipelines"],
    ].map((r) => ({ file: r?.provenance.files[0]?.path ?? "", rowsIn: 0, accepted: 0, rejected: 0, ...r?.accounting })),
    snapshot: load["projects"]?.provenance.snapshot ?? "",
  };
}

function contrastOf(goals: readonly GoalEvidence[], key: "finalResult" | "priced" | "validated" | "individual" | "governmentPayer") {
  const c = contrast(goals, (g) => g[key]);
  return c === null
    ? null
    : { high: c.high.label, low: c.low.label, highShare: c.high[key].label, lowShare: c.low[key].label, separated: c.separated };
}

/** Mean number of goals per project linked to any goal, to one decimal. */
function goalsPerProject(goalsOf: ReadonlyMap<string, ReadonlySet<number>>): number {
  const linked = [...goalsOf.values()].filter((s) => s.size > 0);
  return linked.length === 0 ? 0 : Math.round((linked.reduce((n, s) => n + s.size, 0) / linked.length) * 10) / 10;
}
