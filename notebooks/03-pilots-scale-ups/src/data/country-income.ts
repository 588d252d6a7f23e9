// Country income groups as GO Lab classifies them: the Impact Bond Dataset has no such field, but
// each project of the Pipeline Dataset records the income group of the country it serves.
import type { PipelineProject } from "@hnl/data";

export type IncomeGroup = "Low income" | "Lower-middle income" | "Upper-middle income" | "High income";

const GROUPS: readonly [keyof PipelineProject, IncomeGroup][] = [
  ["incomeLowIncome", "Low income"],
  ["incomeLowerMiddleIncome", "Lower-middle income"],
  ["incomeUpperMiddleIncome", "Upper-middle income"],
  ["incomeHighIncome", "High income"],
];

/**
 * Each country's income group, read from the Pipeline Dataset's projects that deliver in that
 * one country and tick exactly one income group; a country whose projects disagree, or that no
 * such project names, is left out (never guessed).
 *
 * @example
 * countryIncome([{ deliveryLocationsCountry: ["KE"], incomeLowerMiddleIncome: true, ... }]).get("KE") // "Lower-middle income"
 */
export function countryIncome(
  pipelines: readonly Pick<
    PipelineProject,
    "deliveryLocationsCountry" | "incomeLowIncome" | "incomeLowerMiddleIncome" | "incomeUpperMiddleIncome" | "incomeHighIncome"
  >[],
): Map<string, IncomeGroup> {
  const seen = new Map<string, Set<IncomeGroup>>();
  for (const p of pipelines) {
    const countries = p.deliveryLocationsCountry ?? [];
    const ticked = GROUPS.filter(([field]) => (p as Record<string, unknown>)[field] === true).map(([, g]) => g);
    if (countries.length !== 1 || ticked.length !== 1) continue;
    const c = countries[0] as string;
    seen.set(c, (seen.get(c) ?? new Set()).add(ticked[0] as IncomeGroup));
  }
  return new Map([...seen].filter(([, gs]) => gs.size === 1).map(([c, gs]) => [c, [...gs][0] as IncomeGroup]));
}

/**
 * A project's income level from its delivery countries: their group when every country is
 * classified and all share one, "Several income groups" when they differ, "Not classified" when
 * any country is missing from the classification or the project has no located delivery.
 */
export function projectIncome(countries: readonly string[], income: ReadonlyMap<string, IncomeGroup>): string {
  if (countries.length === 0) return "Not classified";
  const groups = countries.map((c) => income.get(c));
  if (groups.some((g) => g === undefined)) return "Not classified";
  const distinct = new Set(groups);
  return distinct.size === 1 ? (groups[0] as string) : "Several income groups";
}
