// Every number this notebook publishes, computed once from the survey pipeline (@hnl/survey) and
// passed through small-cell suppression (publishSurveyTable) before it leaves this module. The
// row-level survey stays in here: what it returns is aggregates only, so loaders cannot leak a
// response, a free-text answer, an agency name or a postal-code fragment.
import { resolveDataDir } from "@hnl/data";
import {
  ALL_RESPONDENTS,
  countRecoveryNeeds,
  countTicks,
  groupRespondents,
  type Horizon,
  loadTorontoSurvey,
  type MappedItem,
  type PublishedCell,
  type PublishedSurveyTable,
  type PublishedTotals,
  publishSurveyTable,
  type RespondentGroups,
  type TorontoSurvey,
} from "@hnl/survey";

/** The suppression threshold: no count from 1 to 4 is published. */
export const THRESHOLD = 5;

/** The impacts compared across sectors and sizes: operations, finance and staff. */
export const KEY_IMPACTS = ["1.1", "1.2", "1.5", "1.6", "1.7", "1.8", "1.10", "1.14"] as const;

/** How the page names the survey's time horizons. */
export const HORIZON_LABELS: Record<Horizon, string> = {
  short: "Short term",
  medium: "Medium term",
  long: "Long term",
  "not needed": "Not a priority",
};

/** When an agency first needed a support: the earliest horizon it ticked, or only N/A. */
export const FIRST_NEED = ["Needed short term", "First needed medium term", "Needed long term only", "Not a priority"] as const;

export interface CovidAnalysis {
  dataset: string;
  snapshot: string;
  threshold: number;
  /** Responses and how many answered the questions that group them (counts, suppressed like the rest). */
  overview: PublishedSurveyTable;
  /** Regular programmes and modes of operation (Q1), all who answered Q1. */
  operations: PublishedSurveyTable;
  /** Funders, finance, staff and volunteers (Q1), all who answered Q1. */
  fundingStaffing: PublishedSurveyTable;
  /** Every Q1 impact among all who answered Q1: the first denominator. */
  impactsAnswered: PublishedSurveyTable;
  /**
   * Every Q1 impact among complete and among incomplete responses: the second denominator. The
   * two groups add up to the first table's counts, so they are suppressed with column totals.
   */
  impactsByCompletion: PublishedSurveyTable;
  bySector: PublishedSurveyTable;
  sectorSizes: PublishedSurveyTable;
  byBudget: PublishedSurveyTable;
  budgetSizes: PublishedSurveyTable;
  byStaff: PublishedSurveyTable;
  staffSizes: PublishedSurveyTable;
  /** Q3: each support by horizon, as a share of those who answered that support's row. */
  needs: PublishedSurveyTable;
  /** Q3: the earliest horizon each agency needed a support (exclusive categories). */
  firstNeed: PublishedSurveyTable;
  /** Q5: what agencies were thinking about for re-opening. */
  reopening: PublishedSurveyTable;
  /** Q6: what was needed to prepare for a second wave. */
  secondWave: PublishedSurveyTable;
  /** Every published table's suppression, for the page's disclosure note. */
  disclosure: { id: string; title: string; cells: number; primary: number; complementary: number }[];
}

let cached: Promise<CovidAnalysis> | undefined;

/** The notebook's analysis, computed once per process. */
export function covidAnalysis(): Promise<CovidAnalysis> {
  cached ??= loadTorontoSurvey(resolveDataDir()).then(analyse);
  return cached;
}

/** The published (suppressed) cell of a table, or an error naming what is missing. */
export function cellOf(table: PublishedSurveyTable, row: string, column: string): PublishedCell {
  const cell = table.cells.find((c) => c.row === row && c.column === column);
  if (cell === undefined) throw new Error(`No cell ${row} / ${column} in table ${table.id}.`);
  return cell;
}

function analyse(t: TorontoSurvey): CovidAnalysis {
  const { survey, tidy } = t;
  const themes = survey.themes;
  const publish = (id: string, title: string, cells: Parameters<typeof publishSurveyTable>[0]["cells"], totals: PublishedTotals = "none") =>
    publishSurveyTable({ id, title, cells, threshold: THRESHOLD, totals });
  const q1Items = [...themes.programmes.items, ...themes.modes.items, ...themes.funders.items, ...(themes.staffing?.items ?? [])];
  const key = KEY_IMPACTS.map((code) => q1Items.find((i) => i.item.code === code)).filter((i): i is MappedItem => i !== undefined);
  const byCode = (a: MappedItem, b: MappedItem) => codeOrder(a.item.code) - codeOrder(b.item.code);

  const sector = groupRespondents(tidy, survey.sector);
  const budget = survey.budget === null ? undefined : groupRespondents(tidy, survey.budget);
  const staff = survey.staff === null ? undefined : groupRespondents(tidy, survey.staff);
  const sizes = (id: string, title: string, g: RespondentGroups | undefined, totals: PublishedTotals) =>
    publish(
      id,
      title,
      (g?.order ?? []).map((row) => ({
        row,
        column: "Agencies",
        count: [...(g?.of.values() ?? [])].filter((x) => x.includes(row)).length,
      })),
      totals,
    );
  const answeredQ1 = countTicks(tidy, q1Items.slice(0, 1))[0]?.denominator ?? 0;
  const complete = tidy.respondents.filter((r) => r.complete === true).length;
  const overview = publish("overview", "Responses and the questions that group them", [
    { row: "Responses", column: "Accepted", count: tidy.respondents.length },
    { row: "Responses", column: "Reached the end", count: complete },
    { row: "Responses", column: "Stopped before the end", count: tidy.respondents.length - complete },
    { row: "Responses", column: "Answered question 1 (impacts)", count: answeredQ1 },
    { row: "Responses", column: "Named at least one sector", count: sector.of.size },
    {
      row: "Responses",
      column: "Sector ticks (an agency in several counts in each)",
      count: [...sector.of.values()].reduce((n, g) => n + g.length, 0),
    },
    { row: "Responses", column: "Gave a budget band", count: budget?.of.size ?? 0 },
    { row: "Responses", column: "Gave a staff size", count: staff?.of.size ?? 0 },
    { row: "Codebook", column: "Entries", count: t.codebook.accounting.accepted },
  ]);

  const needs = countRecoveryNeeds(tidy, survey).map((c) => ({ ...c, column: HORIZON_LABELS[c.column] }));

  const tables = {
    overview,
    operations: publish(
      "operations",
      "Regular programmes and modes of operation",
      countTicks(tidy, [...themes.programmes.items, ...themes.modes.items].sort(byCode)),
    ),
    fundingStaffing: publish(
      "funding-staffing",
      "Funding, finance, staff and volunteers",
      countTicks(tidy, [...themes.funders.items, ...(themes.staffing?.items ?? [])].sort(byCode)),
    ),
    impactsByCompletion: publish(
      "impacts-by-completion",
      "Impacts among complete and incomplete responses",
      countTicks(tidy, [...q1Items].sort(byCode), { groups: completion(t) }),
      "columns",
    ),
    impactsAnswered: publish("impacts-answered", "Impacts among all who answered question 1", countTicks(tidy, [...q1Items].sort(byCode))),
    bySector: publish("impacts-by-sector", "Impacts by sector", countTicks(tidy, key, { groups: sector })),
    sectorSizes: sizes("sector-sizes", "Agencies by sector", sector, "none"),
    byBudget: publish(
      "impacts-by-budget",
      "Impacts by annual operating budget",
      budget === undefined ? [] : countTicks(tidy, key, { groups: budget }),
      "columns",
    ),
    budgetSizes: sizes("budget-sizes", "Agencies by annual operating budget", budget, "columns"),
    byStaff: publish(
      "impacts-by-staff",
      "Impacts by paid staff",
      staff === undefined ? [] : countTicks(tidy, key, { groups: staff }),
      "columns",
    ),
    staffSizes: sizes("staff-sizes", "Agencies by paid staff", staff, "columns"),
    needs: publish("needs-by-horizon", "Supports needed, by horizon", needs),
    firstNeed: publish("needs-first-horizon", "When agencies first needed each support", firstNeeds(t), "rows"),
    reopening: publish("reopening", "Thinking about re-opening", countTicks(tidy, themes.challenges.items)),
    secondWave: publish("second-wave", "Needed to prepare for a second wave", countTicks(tidy, themes.secondWave.items)),
  };
  return {
    dataset: t.source.title,
    snapshot: t.source.snapshot,
    threshold: THRESHOLD,
    ...tables,
    disclosure: Object.values(tables).map((x) => ({
      id: x.id,
      title: x.title,
      cells: x.disclosure.cells,
      primary: x.disclosure.suppressed.primary,
      complementary: x.disclosure.suppressed.complementary,
    })),
  };
}

/**
 * For each support of Q3, the agencies (of those who answered its row) by the earliest horizon
 * they ticked: short term; medium term but not short; long term only; or only N/A. The four add
 * up to the row's base, which is published, so the table is suppressed with row totals.
 */
function firstNeeds(t: TorontoSurvey): { row: string; column: string; count: number; denominator: number }[] {
  const { items, horizons, rowLabels } = t.survey.recovery;
  const horizonOf = new Map(items.map((i) => [i.item.code, i.item.grid === null ? undefined : horizons[i.item.grid.column]]));
  const rowOf = new Map(items.map((i) => [i.item.code, i.item.grid === null ? i.label : (rowLabels[i.item.grid.row] ?? i.item.grid.row)]));
  const ticked = new Map<string, Map<string, Set<Horizon>>>();
  for (const a of t.tidy.answers) {
    const row = rowOf.get(a.item);
    const horizon = horizonOf.get(a.item);
    if (row === undefined || horizon === undefined || a.value === null) continue;
    const byRespondent = ticked.get(row) ?? new Map<string, Set<Horizon>>();
    const set = byRespondent.get(a.respondent) ?? new Set<Horizon>();
    if (a.value === true) set.add(horizon);
    byRespondent.set(a.respondent, set);
    ticked.set(row, byRespondent);
  }
  return [...ticked].flatMap(([row, byRespondent]) => {
    const counts = new Map<string, number>(FIRST_NEED.map((c) => [c, 0]));
    for (const set of byRespondent.values()) {
      const first = set.has("short") ? FIRST_NEED[0] : set.has("medium") ? FIRST_NEED[1] : set.has("long") ? FIRST_NEED[2] : FIRST_NEED[3];
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    return FIRST_NEED.map((column) => ({ row, column, count: counts.get(column) ?? 0, denominator: byRespondent.size }));
  });
}

/** Respondents by whether they reached the end of the survey. */
function completion(t: TorontoSurvey): RespondentGroups {
  const of = new Map(t.tidy.respondents.map((r) => [r.respondent, [r.complete === true ? COMPLETE : INCOMPLETE]]));
  return { title: "Reached the end", order: [COMPLETE, INCOMPLETE], of, overlapping: false };
}

export const COMPLETE = "Reached the end";
export const INCOMPLETE = "Stopped before the end";

/** `1.10` after `1.9`: item codes in the survey's own order. */
function codeOrder(code: string): number {
  return code.split(".").reduce((n, part) => n * 100 + Number(part), 0);
}

export { ALL_RESPONDENTS };
