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
  type LoadedSurvey,
  loadSurvey,
  type MappedItem,
  type PublishedCell,
  type PublishedSurveyTable,
  type PublishedTotals,
  publishSurveyTable,
  type RespondentGroups,
  wilsonInterval,
} from "@hnl/survey";
import { type AgencyAnswer, agencyEquivalents, contrastSectors, type Difference, type WeightedShare } from "./sector-comparison.ts";

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
  /**
   * Sectors with each agency counted once, largest first (the order of every sector figure):
   * agencies that ticked the sector, and the agency-equivalents Σ 1/k (k the sectors each ticked).
   */
  sectorWeights: { sector: string; agencies: number; equivalents: number }[];
  /** Each key impact in each sector against the agencies outside it; only where every count passes suppression. */
  sectorContrasts: PublishedContrast[];
  /** For each key impact, how many sectors differ clearly from the rest, and which do in all three comparisons. */
  sectorSummary: SectorSummary[];
  /** Every published table's suppression, for the page's disclosure note. */
  disclosure: { id: string; title: string; cells: number; primary: number; complementary: number }[];
}

/** A sector against the rest for one impact, in percent (one decimal), published only when its counts pass suppression. */
export interface PublishedContrast {
  impact: string;
  sector: string;
  /** Multi-count share: each agency in each sector it ticked. */
  share: { count: number; denominator: number; percent: number; lower: number; upper: number };
  /** Agency-weighted share (1/k), with its interval at the effective sample size. */
  weighted: { percent: number; lower: number; upper: number; effectiveN: number } | null;
  /** Points above (+) or below (-) agencies outside the sector: unadjusted, within budget bands, within staff-size bands. */
  difference: Points;
  withinBudget: Points | null;
  withinStaff: Points | null;
}

/** How many sectors' 95% intervals exclude 0, for one impact; and the sectors that differ in all three comparisons. */
export interface SectorSummary {
  impact: string;
  /** Sectors compared (their counts pass suppression). */
  compared: number;
  clear: { unadjusted: number; withinBudget: number; withinStaff: number };
  /** Sectors clearly above (or below) the rest unadjusted, within budget bands and within staff bands alike. */
  higher: string[];
  lower: string[];
}

/** Whether a difference's interval lies wholly above 0 (1), below it (-1), or crosses it (0). */
export function side(p: Points | null): -1 | 0 | 1 {
  if (p === null) return 0;
  return p.lower > 0 ? 1 : p.upper < 0 ? -1 : 0;
}

/** A difference in percentage points, one decimal, with its 95% interval. */
export interface Points {
  points: number;
  lower: number;
  upper: number;
}

let cached: Promise<CovidAnalysis> | undefined;

/**
 * The notebook's analysis, computed once per process, on the survey HNL_COVID_SURVEY names
 * (`toronto`, the default, or `urban-nptrends-year-1`, read through the second column map).
 */
export function covidAnalysis(): Promise<CovidAnalysis> {
  cached ??= loadSurvey(resolveDataDir(), process.env.HNL_COVID_SURVEY ?? "toronto").then(analyseSurvey);
  return cached;
}

/** The published (suppressed) cell of a table, or an error naming what is missing. */
export function cellOf(table: PublishedSurveyTable, row: string, column: string): PublishedCell {
  const cell = table.cells.find((c) => c.row === row && c.column === column);
  if (cell === undefined) throw new Error(`No cell ${row} / ${column} in table ${table.id}.`);
  return cell;
}

/** The chapter's analysis of a loaded survey, whichever column map loaded it. */
export function analyseSurvey(t: LoadedSurvey): CovidAnalysis {
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
  // Sectors largest first by agencies counted once; every sector table and figure uses this order.
  const equivalents = agencyEquivalents(sector.of.values());
  const sectorWeights = sector.order
    .map((s) => ({
      sector: s,
      agencies: [...sector.of.values()].filter((g) => g.includes(s)).length,
      equivalents: Math.round((equivalents.get(s) ?? 0) * 10) / 10,
    }))
    .sort((a, b) => b.equivalents - a.equivalents || b.agencies - a.agencies);
  sector.order = sectorWeights.map((w) => w.sector);
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
    { row: "Responses", column: "Ticked one sector only", count: [...sector.of.values()].filter((g) => g.length === 1).length },
    { row: "Responses", column: "Gave a budget band", count: budget?.of.size ?? 0 },
    { row: "Responses", column: "Gave a staff size", count: staff?.of.size ?? 0 },
    { row: "Codebook", column: "Entries", count: t.codebook.accounting.accepted },
  ]);

  // Supports in one order in every needs table and figure: most often a priority at some horizon first.
  const first = firstNeeds(t);
  const priority = new Map<string, number>();
  for (const c of first) if (c.column !== FIRST_NEED[3]) priority.set(c.row, (priority.get(c.row) ?? 0) + c.count / c.denominator);
  const byPriority = <T extends { row: string }>(xs: T[]) =>
    [...xs].sort((a, b) => (priority.get(b.row) ?? 0) - (priority.get(a.row) ?? 0));
  const needs = byPriority(countRecoveryNeeds(tidy, survey).map((c) => ({ ...c, column: HORIZON_LABELS[c.column] })));

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
    firstNeed: publish("needs-first-horizon", "When agencies first needed each support", byPriority(first), "rows"),
    reopening: publish("reopening", "Thinking about re-opening", countTicks(tidy, themes.challenges.items)),
    secondWave: publish("second-wave", "Needed to prepare for a second wave", countTicks(tidy, themes.secondWave.items)),
  };
  const sectorContrasts = key.flatMap((impact) => {
    const bandOf = (g: RespondentGroups | undefined, r: string) => g?.of.get(r)?.[0];
    const agencies: AgencyAnswer[] = tidy.answers
      .filter((x) => x.item === impact.item.code && typeof x.value === "boolean")
      .map((x) => ({
        sectors: sector.of.get(x.respondent) ?? [],
        ticked: x.value === true,
        budget: bandOf(budget, x.respondent),
        staff: bandOf(staff, x.respondent),
      }));
    return contrastSectors(agencies, sector.order)
      .filter(
        (c) =>
          tables.bySector.cells.find((x) => x.row === c.sector && x.column === impact.label)?.count !== null &&
          passes(c.count, c.denominator) &&
          passes(c.outsideCount, c.outsideDenominator),
      )
      .map(
        (c): PublishedContrast => ({
          impact: impact.label,
          sector: c.sector,
          share: { count: c.count, denominator: c.denominator, ...percents(shareOf(c.count, c.denominator)) },
          weighted: c.weighted === null ? null : { ...percents(c.weighted), effectiveN: Math.round(c.weighted.effectiveN * 10) / 10 },
          difference: points(c.difference),
          withinBudget: c.withinBudget === null ? null : points(c.withinBudget),
          withinStaff: c.withinStaff === null ? null : points(c.withinStaff),
        }),
      );
  });
  const sectorSummary = key.map(({ label: impact }): SectorSummary => {
    const rows = sectorContrasts.filter((c) => c.impact === impact);
    const all = (c: PublishedContrast, s: -1 | 1) => side(c.difference) === s && side(c.withinBudget) === s && side(c.withinStaff) === s;
    return {
      impact,
      compared: rows.length,
      clear: {
        unadjusted: rows.filter((c) => side(c.difference) !== 0).length,
        withinBudget: rows.filter((c) => side(c.withinBudget) !== 0).length,
        withinStaff: rows.filter((c) => side(c.withinStaff) !== 0).length,
      },
      higher: rows.filter((c) => all(c, 1)).map((c) => c.sector),
      lower: rows.filter((c) => all(c, -1)).map((c) => c.sector),
    };
  });
  return {
    dataset: t.source.title,
    sectorWeights,
    sectorSummary,
    sectorContrasts,
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

/** A count that may be published: 0 or at least the threshold, and leaving 0 or at least the threshold on the other side. */
function passes(count: number, denominator: number): boolean {
  const ok = (n: number) => n === 0 || n >= THRESHOLD;
  return ok(count) && ok(denominator - count);
}

const round1 = (x: number) => Math.round(x * 1000) / 10;
const percents = (x: { share: number; lower: number; upper: number }) => ({
  percent: round1(x.share),
  lower: round1(x.lower),
  upper: round1(x.upper),
});
const points = (d: Difference): Points => ({ points: round1(d.estimate), lower: round1(d.lower), upper: round1(d.upper) });
function shareOf(count: number, denominator: number): { share: number; lower: number; upper: number } {
  return { share: count / denominator, ...wilsonInterval(count, denominator) };
}

export type { WeightedShare };

/**
 * For each support of Q3, the agencies (of those who answered its row) by the earliest horizon
 * they ticked: short term; medium term but not short; long term only; or only N/A. The four add
 * up to the row's base, which is published, so the table is suppressed with row totals.
 */
function firstNeeds(t: LoadedSurvey): { row: string; column: string; count: number; denominator: number }[] {
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
function completion(t: LoadedSurvey): RespondentGroups {
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
