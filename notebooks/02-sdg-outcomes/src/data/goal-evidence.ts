// What the data records about each SDG's outcome metrics and contracts: how outcomes are
// measured and priced, whether results are reported, who pays and how soon, and the policy
// sector. Shares carry their n and a 95% Wilson interval; goals under the minimum n are left out.
import { minimumN, type Proportion, proportion, type SdgLink } from "@hnl/analysis";
import type { OutcomeMetric, OutcomePayment, OutcomePaymentCommitment, OutcomePricing, Project, Result } from "@hnl/data";
import type { GoalLabel } from "./goal-results.ts";

export interface GoalEvidence extends GoalLabel {
  /** Outcome metrics linked to the goal: the base of the metric shares. */
  metrics: number;
  /** Projects linked to the goal at either level: the base of the project shares. */
  projects: number;
  /** Metrics with a price per outcome recorded (a row in the outcome pricings table). */
  priced: Proportion;
  /** Metrics whose outcome validation method is recorded. */
  validated: Proportion;
  /** Metrics whose target is counted in individuals, of those whose unit is recorded. */
  individual: Proportion;
  /** Metrics with a final result reported. */
  finalResult: Proportion;
  /** Projects with a government or public-sector outcome payer, of those whose payers' role is recorded. */
  governmentPayer: Proportion;
  /** Median months from the start of services to the end of the first outcome payment's period; null under the minimum n. */
  monthsToFirstPayment: number | null;
  /** Projects with both dates: the n of the median. */
  paymentTimed: number;
  /** The policy sector most of the goal's metrics are in (the metric's own, else its project's), and its share. */
  mainSector: string;
  mainSectorShare: Proportion;
}

export interface GoalEvidenceResult {
  minimum: number;
  /** Goals linked to at least `minimum` projects, most projects first. */
  goals: GoalEvidence[];
  /** Goals with at least one but fewer than `minimum` projects: listed, not compared. */
  tooFew: (GoalLabel & { projects: number })[];
}

const GOVERNMENT = "Government/Public Sector/Public Bank";

const months = (from: string, to: string): number => {
  const [fy = 0, fm = 1] = from.split("-").map(Number);
  const [ty = 0, tm = 1] = to.split("-").map(Number);
  return (ty - fy) * 12 + (tm - fm);
};

const median = (xs: readonly number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] ?? null) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/**
 * Per SDG goal with at least `minimum` linked projects, what the dataset records about its
 * outcome metrics and contracts. Association only: these are features of the contracts that
 * chose a goal, not causes of results.
 *
 * @example
 * goalEvidence({ goals, links, projects, metrics, results, pricings, commitments, payments, minimum: 10 }).goals[0].priced.label
 */
export function goalEvidence(o: {
  goals: readonly GoalLabel[];
  links: readonly SdgLink[];
  projects: readonly Project[];
  metrics: readonly OutcomeMetric[];
  results: readonly Result[];
  pricings: readonly OutcomePricing[];
  commitments: readonly OutcomePaymentCommitment[];
  payments: readonly OutcomePayment[];
  minimum: number;
}): GoalEvidenceResult {
  const key = (projectId: string, metricId: string | null) => `${projectId}/${metricId ?? ""}`;
  const metricByKey = new Map(o.metrics.map((m) => [key(m.projectId, m.id), m]));
  const priced = new Set(o.pricings.map((p) => key(p.projectId, p.outcomeMetricId)));
  const withFinal = new Set(o.results.filter((r) => r.resultType === "Final").map((r) => key(r.projectId, r.outcomeMetricId)));
  const payerRoles = new Map<string, Set<string>>();
  for (const c of o.commitments) {
    if (c.organisationRoleCategory === null) continue;
    payerRoles.set(c.projectId, (payerRoles.get(c.projectId) ?? new Set()).add(c.organisationRoleCategory));
  }
  const firstPayment = new Map<string, string>();
  for (const p of o.payments) {
    if (p.periodEndDate === null) continue;
    const seen = firstPayment.get(p.projectId);
    if (seen === undefined || p.periodEndDate < seen) firstPayment.set(p.projectId, p.periodEndDate);
  }
  const start = new Map(o.projects.map((p) => [p.id, p.dateServiceStart]));
  // A metric without a sector of its own is in its project's sector.
  const sectorOf = new Map(o.projects.map((p) => [p.id, p.policySector ?? "Not recorded"]));

  const metricsOf = new Map<number, Set<string>>();
  const projectsOf = new Map<number, Set<string>>();
  for (const l of o.links) {
    projectsOf.set(l.goal, (projectsOf.get(l.goal) ?? new Set()).add(l.projectId));
    if (l.level === "metric") metricsOf.set(l.goal, (metricsOf.get(l.goal) ?? new Set()).add(key(l.projectId, l.metricId)));
  }
  const rows = o.goals.map((g) => ({
    ...g,
    projectIds: [...(projectsOf.get(g.goal) ?? [])],
    metricKeys: [...(metricsOf.get(g.goal) ?? [])],
  }));
  const split = minimumN(
    rows.filter((r) => r.projectIds.length > 0),
    (r) => r.projectIds.length,
    o.minimum,
  );
  const goals = split.ranked
    .map((g): GoalEvidence => {
      const ms = g.metricKeys.map((k) => ({ k, m: metricByKey.get(k) }));
      const count = (f: (x: { k: string; m: OutcomeMetric | undefined }) => boolean) => ms.filter(f).length;
      const unitRecorded = ms.filter((x) => (x.m?.unitTypeOfTargetedServiceUsersOrBeneficiaries ?? null) !== null);
      const withRoles = g.projectIds.filter((id) => payerRoles.has(id));
      const timed = g.projectIds.flatMap((id) => {
        const s = start.get(id);
        const f = firstPayment.get(id);
        return s === null || s === undefined || f === undefined ? [] : [months(s, f)];
      });
      const sectors = new Map<string, number>();
      for (const x of ms) {
        const s = x.m?.policySector ?? sectorOf.get(x.k.slice(0, x.k.indexOf("/"))) ?? "Not recorded";
        sectors.set(s, (sectors.get(s) ?? 0) + 1);
      }
      const [mainSector = "Not recorded", mainCount = 0] = [...sectors].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
      const m = median(timed);
      return {
        goal: g.goal,
        label: g.label,
        title: g.title,
        metrics: ms.length,
        projects: g.projectIds.length,
        priced: proportion(
          count((x) => priced.has(x.k)),
          ms.length,
        ),
        validated: proportion(
          count((x) => (x.m?.outcomeValidationMethod ?? null) !== null),
          ms.length,
        ),
        individual: proportion(
          unitRecorded.filter((x) => x.m?.unitTypeOfTargetedServiceUsersOrBeneficiaries === "Individual").length,
          unitRecorded.length,
        ),
        finalResult: proportion(
          count((x) => withFinal.has(x.k)),
          ms.length,
        ),
        governmentPayer: proportion(withRoles.filter((id) => payerRoles.get(id)?.has(GOVERNMENT)).length, withRoles.length),
        monthsToFirstPayment: timed.length < o.minimum || m === null ? null : Math.round(m),
        paymentTimed: timed.length,
        mainSector,
        mainSectorShare: proportion(mainCount, ms.length),
      };
    })
    .sort((a, b) => b.projects - a.projects || a.goal - b.goal);
  return {
    minimum: split.minimum,
    goals,
    tooFew: split.tooFew.map((r) => ({ goal: r.goal, label: r.label, title: r.title, projects: r.projectIds.length })),
  };
}
