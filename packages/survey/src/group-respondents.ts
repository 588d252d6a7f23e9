import type { MappedDimension } from "./resolve-column-map.js";
import type { TidySurvey } from "./tidy-survey.js";

/** Respondents in groups (sectors, size bands): one respondent may be in several, or in none. */
export interface RespondentGroups {
  title: string;
  /** The groups in the order to show them. */
  order: string[];
  /** Each grouped respondent's groups. */
  of: Map<string, string[]>;
  /** Whether a respondent can be in more than one group (a select-all-that-apply question). */
  overlapping: boolean;
}

/**
 * Puts respondents in the groups of a dimension of the column map. For a select-all-that-apply
 * question (the Toronto survey's sectors) a respondent who ticked two is in both groups, so
 * group counts add up to more than the respondents; for a single choice or a numeric band each
 * respondent is in one group at most. Respondents who did not answer, or whose answer the
 * dimension leaves out (`Prefer not to answer`), are in none.
 *
 * @example
 * groupRespondents(tidy, survey.sector).of.get("12") // ["Children's services", "Youth programs and services"]
 */
export function groupRespondents(tidy: TidySurvey, dimension: MappedDimension): RespondentGroups {
  const of = new Map<string, string[]>();
  const add = (respondent: string, group: string) => {
    const groups = of.get(respondent) ?? [];
    groups.push(group);
    of.set(respondent, groups);
  };
  if (dimension.from === "ticks") {
    const labelOf = new Map(dimension.items.map((i) => [i.item.code, i.label]));
    for (const a of tidy.answers) {
      const label = labelOf.get(a.item);
      if (label !== undefined && a.value === true) add(a.respondent, label);
    }
    // Keep each respondent's groups in the dimension's order.
    const rank = new Map(dimension.items.map((i, n) => [i.label, n]));
    for (const [r, groups] of of)
      of.set(
        r,
        groups.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0)),
      );
    return { title: dimension.title, order: dimension.items.map((i) => i.label), of, overlapping: true };
  }
  const code = dimension.item.code;
  if (dimension.from === "choice") {
    const show = (answer: string) => dimension.labels[answer] ?? answer;
    for (const a of tidy.answers) {
      if (a.item === code && typeof a.value === "string" && dimension.order.includes(a.value)) add(a.respondent, show(a.value));
    }
    return { title: dimension.title, order: dimension.order.map(show), of, overlapping: false };
  }
  for (const a of tidy.answers) {
    if (a.item !== code || typeof a.value !== "number") continue;
    const v = a.value;
    const band = dimension.bands.find((b) => (b.min === undefined || v >= b.min) && (b.below === undefined || v < b.below));
    if (band !== undefined) add(a.respondent, band.label);
  }
  return { title: dimension.title, order: dimension.bands.map((b) => b.label), of, overlapping: false };
}
