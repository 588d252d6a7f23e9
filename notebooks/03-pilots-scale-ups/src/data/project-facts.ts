// The facts the comparison and the timeline read about each project, each with the rule that
// derives it from the INDIGO fields.
import { projectRegions } from "@hnl/analysis";
import { countryName, type Project } from "@hnl/data";
import { addMonths, monthIndex } from "./dates.ts";
import type { ScaleInputs } from "./inputs.ts";
import { projectStart, projectTexts } from "./project-profile.ts";
import { followOnWording, pilotWording } from "./rules/follow-on-wording.ts";

export interface ProjectFacts {
  id: string;
  name: string;
  stage: string | null;
  policySector: string | null;
  /** UN M49 regions of delivery (empty when no located delivery). */
  regions: string[];
  /** Country names of delivery. */
  countries: string[];
  start: string | null;
  /**
   * End of service: the actual end, else the anticipated end, else the start plus the recorded
   * duration, else the project's actual or anticipated completion; null when none, or when it
   * falls before the start.
   */
  end: string | null;
  /** Months of service: actual duration, else anticipated, else from the start and end dates. */
  durationMonths: number | null;
  capitalUsd: number | null;
  targetedUsers: number | null;
  maxOutcomePaymentUsd: number | null;
  totalOutcomePaymentsUsd: number | null;
  /** Outcome payments made as a share of the maximum, where both are recorded and the maximum is above 0. */
  paymentsOfMax: number | null;
  resultRows: number;
  finalResultRows: number;
  funds: string[];
  pilotWording: string | null;
  followOnWording: string | null;
}

/** One `ProjectFacts` per project. */
export function projectFacts(inputs: Pick<ScaleInputs, "projects" | "results" | "locations" | "projectFunds">): ProjectFacts[] {
  const regions = new Map<string, string[]>();
  for (const r of projectRegions(
    inputs.projects.map((p) => p.id),
    inputs.locations,
  ))
    if (r.region !== null) regions.set(r.projectId, [...(regions.get(r.projectId) ?? []), r.region]);
  const countries = new Map<string, Set<string>>();
  for (const l of inputs.locations)
    if (l.country !== null) countries.set(l.projectId, (countries.get(l.projectId) ?? new Set()).add(countryName(l.country)));
  const results = new Map<string, { all: number; final: number }>();
  for (const r of inputs.results) {
    const c = results.get(r.projectId) ?? { all: 0, final: 0 };
    c.all++;
    if (r.resultType === "Final") c.final++;
    results.set(r.projectId, c);
  }
  const funds = new Map<string, string[]>();
  for (const f of inputs.projectFunds) if (f.id !== null) funds.set(f.projectId, [...new Set([...(funds.get(f.projectId) ?? []), f.id])]);

  return inputs.projects.map((p): ProjectFacts => {
    const start = projectStart(p);
    const end = serviceEnd(p, start);
    const texts = projectTexts(p);
    return {
      id: p.id,
      name: p.name,
      stage: p.stage,
      policySector: p.policySector,
      regions: regions.get(p.id) ?? [],
      countries: [...(countries.get(p.id) ?? [])].sort(),
      start,
      end,
      durationMonths: p.serviceActualDurationMonths ?? p.serviceAnticipatedDurationMonths ?? monthsBetween(start, end),
      capitalUsd: p.investmentUsdExact,
      targetedUsers: p.targetedServiceUsers,
      maxOutcomePaymentUsd: p.maxOutcomePaymentUsd,
      totalOutcomePaymentsUsd: p.totalOutcomePaymentsUsd,
      paymentsOfMax:
        p.totalOutcomePaymentsUsd !== null && p.maxOutcomePaymentUsd !== null && p.maxOutcomePaymentUsd > 0
          ? p.totalOutcomePaymentsUsd / p.maxOutcomePaymentUsd
          : null,
      resultRows: results.get(p.id)?.all ?? 0,
      finalResultRows: results.get(p.id)?.final ?? 0,
      funds: funds.get(p.id) ?? [],
      pilotWording: pilotWording(p.name, p.alternativeNames, texts),
      followOnWording: followOnWording(p.name, p.alternativeNames, texts),
    };
  });
}

function serviceEnd(p: Project, start: string | null): string | null {
  const months = p.serviceActualDurationMonths ?? p.serviceAnticipatedDurationMonths;
  const end =
    p.dateServiceActualEnd ??
    p.dateServiceAnticipatedEnd ??
    (start !== null && months !== null ? addMonths(start, months) : null) ??
    p.dateActualCompletion ??
    p.dateAnticipatedCompletion;
  // An end before the start is a data-entry slip: the end is treated as unknown.
  return end !== null && start !== null && (monthIndex(end) ?? 0) < (monthIndex(start) ?? 0) ? null : end;
}

function monthsBetween(start: string | null, end: string | null): number | null {
  const a = monthIndex(start);
  const b = monthIndex(end);
  return a === null || b === null ? null : b - a;
}
