// Signals of scale: for each characteristic of a first project, how often first projects with it
// were followed by a later project of their family, with n and a 95% Wilson interval; and an
// exploratory logistic regression of being followed on the same characteristics together.
import { type LogisticFit, logisticRegression, type Proportion, proportion } from "@hnl/analysis";
import { yearOf } from "./dates.ts";
import type { OrganisationKind } from "./organisation-kind.ts";
import type { ProjectFacts } from "./project-facts.ts";

/** What the signals read about a first project beyond its facts: the kinds of its payers and providers. */
export interface FirstProjectParties {
  payerKinds: readonly (OrganisationKind | null)[];
  providerKinds: readonly (OrganisationKind | null)[];
  /** The income group of its delivery countries (see `projectIncome`). */
  income?: string;
}

export interface SignalRow {
  characteristic: string;
  level: string;
  /** First projects with this level that were followed, of all first projects with it (95% Wilson interval). */
  followed: Proportion;
}

/** Levels with fewer first projects than this are listed but not compared (their interval spans most of 0–100%). */
export const MIN_SIGNAL_N = 10;

/** Short names of the characteristics, for the chart's axis on a phone. */
export const SHORT_NAMES: Record<string, string> = {
  "Policy sector": "Sector",
  "Outcome payer": "Payer",
  "Contracted through an outcomes fund": "Outcomes fund",
  "Service provider": "Provider",
  "Results reported": "Results reported",
  "Completed (stage Complete)": "Completed",
  "Region of delivery": "Region",
  "Country income (GO Lab's classification)": "Income",
};

const unknownLevel = (level: string) => level === "Not recorded" || level === "Not classified";

export const payerLevel = (kinds: readonly (OrganisationKind | null)[]): string => {
  const known = kinds.filter((k): k is OrganisationKind => k !== null);
  if (known.length === 0) return "Not recorded";
  return known.every((k) => k === "government") ? "Government only" : "Includes a non-government payer";
};

export const providerLevel = (kinds: readonly (OrganisationKind | null)[]): string => {
  const known = [...new Set(kinds.filter((k): k is OrganisationKind => k !== null))];
  if (known.length === 0) return "Not recorded";
  if (known.length > 1) return "Several kinds";
  return {
    government: "Public body",
    "non-profit": "Non-profit, charity or foundation",
    "for-profit": "For-profit company",
    other: "Other",
  }[known[0] as OrganisationKind];
};

/** The characteristics, each as a function from a first project to its level (one level each). */
export function characteristics(
  parties: ReadonlyMap<string, FirstProjectParties>,
): { name: string; level: (p: ProjectFacts) => string | readonly string[] }[] {
  const yes = (b: boolean) => (b ? "Yes" : "No");
  return [
    { name: "Policy sector", level: (p) => p.policySector ?? "Not recorded" },
    { name: "Outcome payer", level: (p) => payerLevel(parties.get(p.id)?.payerKinds ?? []) },
    { name: "Contracted through an outcomes fund", level: (p) => yes(p.funds.length > 0) },
    { name: "Service provider", level: (p) => providerLevel(parties.get(p.id)?.providerKinds ?? []) },
    { name: "Results reported", level: (p) => yes(p.resultRows > 0) },
    { name: "Completed (stage Complete)", level: (p) => yes(p.stage === "Complete") },
    { name: "Region of delivery", level: (p) => (p.regions.length === 0 ? "Not recorded" : p.regions) },
    { name: "Country income (GO Lab's classification)", level: (p) => parties.get(p.id)?.income ?? "Not classified" },
  ];
}

/**
 * One row per characteristic and level: of the first projects with that level, how many were
 * followed, with the 95% Wilson interval. A project delivering in two regions counts in both.
 */
export function signalRows(
  firstProjects: readonly ProjectFacts[],
  followed: ReadonlySet<string>,
  parties: ReadonlyMap<string, FirstProjectParties>,
): SignalRow[] {
  return characteristics(parties).flatMap((c) => {
    const counts = new Map<string, { n: number; followed: number }>();
    for (const p of firstProjects) {
      const l = c.level(p);
      for (const level of typeof l === "string" ? [l] : l) {
        const x = counts.get(level) ?? { n: 0, followed: 0 };
        x.n++;
        if (followed.has(p.id)) x.followed++;
        counts.set(level, x);
      }
    }
    return [...counts]
      .sort((a, b) => Number(unknownLevel(a[0])) - Number(unknownLevel(b[0])) || b[1].n - a[1].n || a[0].localeCompare(b[0]))
      .map(([level, x]) => ({ characteristic: c.name, level, followed: proportion(x.followed, x.n) }));
  });
}

/** The predictors of the exploratory model, each a 0/1 (or, for the start year, a number) read from a first project. */
export const MODEL_PREDICTORS: readonly {
  name: string;
  /** The characteristic in a sentence: "a completed contract". */
  plain: string;
  value: (p: ProjectFacts, parties: FirstProjectParties | undefined) => number;
}[] = [
  { name: "Contracted through an outcomes fund", plain: "an outcomes fund", value: (p) => Number(p.funds.length > 0) },
  { name: "Results reported", plain: "reported results", value: (p) => Number(p.resultRows > 0) },
  { name: "Completed", plain: "a completed contract", value: (p) => Number(p.stage === "Complete") },
  {
    name: "Outcome payers all government",
    plain: "government-only outcome payers",
    value: (_, x) => Number(payerLevel(x?.payerKinds ?? []) === "Government only"),
  },
  { name: "Delivered in Europe", plain: "delivery in Europe", value: (p) => Number(p.regions.includes("Europe")) },
  { name: "Start year (per year later)", plain: "a later start", value: (p) => yearOf(p.start) ?? 0 },
];

export interface SignalModel {
  fit: LogisticFit;
  /** The predictors' terms without the intercept, in the order of `MODEL_PREDICTORS`. */
  terms: LogisticFit["terms"];
  /** For each predictor, the first projects with it (value 1); for the start year, those with a start. */
  withIt: number[];
  /** The median start year the start-year term is centred on. */
  centreYear: number;
}

/**
 * Followed (1) or not (0) regressed on `MODEL_PREDICTORS` for every first project in the window,
 * with Firth's penalty (small n, few events). The start year is centred on the median so the
 * intercept stays readable. An association, not a cause.
 */
export function signalModel(
  firstProjects: readonly ProjectFacts[],
  followed: ReadonlySet<string>,
  parties: ReadonlyMap<string, FirstProjectParties>,
): SignalModel {
  const rows = firstProjects.map((p) => MODEL_PREDICTORS.map((x) => x.value(p, parties.get(p.id))));
  const years = rows.map((r) => r[r.length - 1] ?? 0).sort((a, b) => a - b);
  const centre = years[Math.floor(years.length / 2)] ?? 0;
  const centred = rows.map((r) => r.map((v, j) => (j === r.length - 1 ? v - centre : v)));
  const fit = logisticRegression(
    centred,
    firstProjects.map((p) => Number(followed.has(p.id))),
    MODEL_PREDICTORS.map((x) => x.name),
  );
  const withIt = MODEL_PREDICTORS.map((_, j) => (j === MODEL_PREDICTORS.length - 1 ? rows.length : rows.filter((r) => r[j] === 1).length));
  return { fit, terms: fit.terms.slice(1), withIt, centreYear: centre };
}
