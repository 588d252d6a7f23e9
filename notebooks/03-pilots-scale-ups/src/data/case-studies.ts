// Case studies: families told as timelines (the first project, what changed, what followed),
// each fact read from the dataset's fields, each document cited by the URL INDIGO lists.
import type { Document } from "@hnl/data";
import type { LineageFamily } from "./scale-study.ts";

/** At most this many case studies. */
export const MAX_CASE_STUDIES = 5;

/** What the dataset records about one project of a case study. */
export interface CaseProject {
  id: string;
  name: string;
  start: string | null;
  stage: string | null;
  providers: string[];
  payers: string[];
  places: string[];
  capitalUsd: number | null;
  targetedUsers: number | null;
  /** Rows in the results table. */
  resultRows: number;
  /** Follow-on or pilot wording the project uses about itself. */
  wording: string | null;
}

/** How a project differs from the earlier project it follows. */
export interface CaseStep {
  project: CaseProject;
  /** The earlier project it follows, or null for the first project (or one run alongside). */
  follows: string | null;
  months: number | null;
  sameProvider: boolean;
  samePayer: boolean;
  newPlaces: string[];
  /** Ratio of its capital (else targeted users) to the earlier project's, when both are recorded. */
  sizeRatio: { measure: "capital" | "targeted users"; ratio: number } | null;
}

export interface CaseStudy {
  familyId: string;
  name: string;
  sector: string | null;
  /** Why it was chosen: the project that says it follows on and its words. */
  reason: { project: string; phrase: string };
  steps: CaseStep[];
  /** What scaled: follow-on steps, how many kept the provider or payer, went to new places, and grew. */
  scaled: { followOns: number; sameProvider: number; samePayer: number; newPlaces: number; bigger: number; comparable: number };
  documents: { project: string; title: string; url: string }[];
}

/**
 * Families that hold a project saying, in its own name or notes, that it follows on or scales up
 * ("II", "scale-up", "builds on previous SIBs"), largest first, at most `MAX_CASE_STUDIES`: the
 * families whose lineage the projects themselves state, not only the rules. Each member becomes a
 * step with what changed from the project it follows.
 */
export function caseStudies(
  families: readonly LineageFamily[],
  selfDescribed: readonly { id: string; phrase: string }[],
  project: ReadonlyMap<string, CaseProject>,
  documents: readonly Document[],
): CaseStudy[] {
  const phrase = new Map(selfDescribed.map((w) => [w.id, w.phrase]));
  const chosen = families.filter((f) => f.members.some((m) => phrase.has(m.id) && m.relation === "follows")).slice(0, MAX_CASE_STUDIES);
  return chosen.map((f) => {
    const teller = f.members.find((m) => phrase.has(m.id) && m.relation === "follows");
    const steps = f.members.map((m): CaseStep => {
      const p = project.get(m.id) as CaseProject;
      const before = m.relation === "follows" && m.after !== null ? project.get(m.after.id) : undefined;
      const ratio = (a: number | null | undefined, b: number | null) =>
        a !== null && a !== undefined && a > 0 && b !== null ? b / a : null;
      const capital = ratio(before?.capitalUsd, p.capitalUsd);
      const users = ratio(before?.targetedUsers, p.targetedUsers);
      return {
        project: p,
        follows: before?.name ?? null,
        months: before === undefined ? null : (m.after?.months ?? null),
        sameProvider: before !== undefined && p.providers.some((x) => before.providers.includes(x)),
        samePayer: before !== undefined && p.payers.some((x) => before.payers.includes(x)),
        newPlaces: before === undefined ? [] : p.places.filter((x) => !before.places.includes(x)),
        sizeRatio:
          capital !== null ? { measure: "capital", ratio: capital } : users !== null ? { measure: "targeted users", ratio: users } : null,
      };
    });
    const ids = new Set(f.members.map((m) => m.id));
    const name = new Map(f.members.map((m) => [m.id, m.name]));
    const followOns = steps.filter((x) => x.follows !== null);
    return {
      familyId: f.id,
      name: f.label,
      sector: f.sector,
      reason: { project: teller?.name ?? "", phrase: phrase.get(teller?.id ?? "") ?? "" },
      steps,
      scaled: {
        followOns: followOns.length,
        sameProvider: followOns.filter((x) => x.sameProvider).length,
        samePayer: followOns.filter((x) => x.samePayer).length,
        newPlaces: followOns.filter((x) => x.newPlaces.length > 0).length,
        bigger: followOns.filter((x) => x.sizeRatio !== null && x.sizeRatio.ratio > 1).length,
        comparable: followOns.filter((x) => x.sizeRatio !== null).length,
      },
      documents: documents
        .filter((d) => ids.has(d.projectId) && d.url !== null)
        .map((d) => ({ project: name.get(d.projectId) ?? d.projectId, title: d.title ?? d.url ?? "", url: d.url ?? "" })),
    };
  });
}
