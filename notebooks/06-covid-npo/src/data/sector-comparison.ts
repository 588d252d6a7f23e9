// Sector comparisons that hold up when an agency ticks several sectors: each agency counted once
// (weight 1/k when it ticked k sectors), and each sector compared with the agencies outside it,
// as a difference in percentage points with a 95% interval, unadjusted and within size bands.
import { wilsonInterval } from "@hnl/analysis";

/** A difference of two shares (in-group minus the rest), with its 95% interval; shares as fractions. */
export interface Difference {
  estimate: number;
  lower: number;
  upper: number;
}

/** An agency-weighted share: each agency weighs 1/k, k the sectors it ticked. */
export interface WeightedShare {
  share: number;
  lower: number;
  upper: number;
  /** Σ weights: the sector's size in agencies counted once. */
  weight: number;
  /** Kish's effective sample size (Σw)² / Σw², the n the interval rests on. */
  effectiveN: number;
}

/**
 * The share of agencies that ticked an outcome, each agency weighted by `weight` (1/k for an
 * agency in k sectors), with a 95% Wilson interval taken at Kish's effective sample size
 * (Σw)²/Σw², so a share resting on agencies that ticked many sectors is as uncertain as the few
 * agencies it effectively rests on. Null when no agency is given.
 *
 * @example
 * weightedShare([{ weight: 1, ticked: true }, { weight: 0.5, ticked: false }]).share // 1 / 1.5 = 0.667
 */
export function weightedShare(agencies: readonly { weight: number; ticked: boolean }[]): WeightedShare | null {
  const weight = agencies.reduce((s, a) => s + a.weight, 0);
  if (agencies.length === 0 || weight <= 0) return null;
  const squares = agencies.reduce((s, a) => s + a.weight * a.weight, 0);
  const share = agencies.reduce((s, a) => s + (a.ticked ? a.weight : 0), 0) / weight;
  const effectiveN = (weight * weight) / squares;
  const { lower, upper } = wilsonInterval(share * effectiveN, effectiveN);
  return { share, lower, upper, weight, effectiveN };
}

/**
 * The difference of two independent shares y1/n1 − y0/n0 with Newcombe's hybrid score interval
 * (Newcombe 1998, method 10), built from the two Wilson intervals: it stays sensible for small
 * groups and shares near 0 or 1, where the textbook ± 1.96·SE does not.
 *
 * @example
 * shareDifference(56, 70, 48, 80) // { estimate: 0.2, lower: 0.0528, upper: 0.3339 } (Newcombe's example, to 4 places)
 */
export function shareDifference(y1: number, n1: number, y0: number, n0: number): Difference {
  const p1 = y1 / n1;
  const p0 = y0 / n0;
  const w1 = wilsonInterval(y1, n1);
  const w0 = wilsonInterval(y0, n0);
  const estimate = p1 - p0;
  return {
    estimate,
    lower: estimate - Math.sqrt((p1 - w1.lower) ** 2 + (w0.upper - p0) ** 2),
    upper: estimate + Math.sqrt((w1.upper - p1) ** 2 + (p0 - w0.lower) ** 2),
  };
}

/** One stratum (a size band): y1 of n1 in the group, y0 of n0 outside it. */
export interface Stratum {
  y1: number;
  n1: number;
  y0: number;
  n0: number;
}

/**
 * The Mantel-Haenszel difference of shares across strata (size bands): each band's difference
 * weighted by n1·n0/N, so the group is compared only with agencies of the same size; with Sato's
 * (1989) variance, which holds when strata are small, and a 95% Wald interval. Strata with no
 * agency on one side carry no weight. Null when no stratum has agencies on both sides.
 *
 * @example
 * // One stratum: the plain difference.
 * mantelHaenszelDifference([{ y1: 56, n1: 70, y0: 48, n0: 80 }])?.estimate // 0.2
 */
export function mantelHaenszelDifference(strata: readonly Stratum[]): Difference | null {
  const used = strata.filter((s) => s.n1 > 0 && s.n0 > 0);
  if (used.length === 0) return null;
  let num = 0;
  let den = 0;
  let sumP = 0;
  let sumQ = 0;
  for (const { y1, n1, y0, n0 } of used) {
    const n = n1 + n0;
    num += (y1 * n0 - y0 * n1) / n;
    den += (n1 * n0) / n;
    sumP += (n1 * n1 * y0 - n0 * n0 * y1 + (n1 * n0 * (n0 - n1)) / 2) / (n * n);
    sumQ += (y1 * (n0 - y0) + y0 * (n1 - y1)) / (2 * n);
  }
  const estimate = num / den;
  const se = Math.sqrt(Math.max(0, estimate * sumP + sumQ) / (den * den));
  return { estimate, lower: estimate - 1.96 * se, upper: estimate + 1.96 * se };
}

/** An agency's answer to one impact, its sectors and its size bands (undefined where not given). */
export interface AgencyAnswer {
  sectors: readonly string[];
  ticked: boolean;
  budget?: string | undefined;
  staff?: string | undefined;
}

/** One sector against the agencies outside it, for one impact. */
export interface SectorContrast {
  sector: string;
  /** Agencies in the sector who answered, and of them those who ticked the impact (each agency in each sector it ticked). */
  count: number;
  denominator: number;
  /** Outside the sector: the agencies that named other sectors only. */
  outsideCount: number;
  outsideDenominator: number;
  weighted: WeightedShare | null;
  /** In the sector minus outside it, unadjusted. */
  difference: Difference;
  /** The same, compared within budget bands and within staff-size bands (agencies that gave one). */
  withinBudget: Difference | null;
  withinStaff: Difference | null;
}

/**
 * For each sector, the agencies in it against those outside it (agencies that named a sector but
 * not this one), for one impact: the share among them, the agency-weighted share, the difference
 * in points and the same difference within budget bands and within staff-size bands.
 *
 * @example
 * contrastSectors(agencies, ["Children's services", "Seniors"]).find((c) => c.sector === "Seniors")?.difference
 */
export function contrastSectors(agencies: readonly AgencyAnswer[], sectors: readonly string[]): SectorContrast[] {
  const named = agencies.filter((a) => a.sectors.length > 0);
  return sectors.map((sector) => {
    const inside = named.filter((a) => a.sectors.includes(sector));
    const outside = named.filter((a) => !a.sectors.includes(sector));
    const ticks = (xs: readonly AgencyAnswer[]) => xs.filter((a) => a.ticked).length;
    const within = (band: (a: AgencyAnswer) => string | undefined) => {
      const bands = [...new Set(named.map(band).filter((b): b is string => b !== undefined))];
      return mantelHaenszelDifference(
        bands.map((b) => {
          const i = inside.filter((a) => band(a) === b);
          const o = outside.filter((a) => band(a) === b);
          return { y1: ticks(i), n1: i.length, y0: ticks(o), n0: o.length };
        }),
      );
    };
    return {
      sector,
      count: ticks(inside),
      denominator: inside.length,
      outsideCount: ticks(outside),
      outsideDenominator: outside.length,
      weighted: weightedShare(inside.map((a) => ({ weight: 1 / a.sectors.length, ticked: a.ticked }))),
      difference: shareDifference(ticks(inside), inside.length, ticks(outside), outside.length),
      withinBudget: within((a) => a.budget),
      withinStaff: within((a) => a.staff),
    };
  });
}

/** Agencies in each sector counted once: Σ 1/k over the agencies that ticked it (k their sectors). */
export function agencyEquivalents(sectorsOf: Iterable<readonly string[]>): Map<string, number> {
  const out = new Map<string, number>();
  for (const sectors of sectorsOf) for (const s of sectors) out.set(s, (out.get(s) ?? 0) + 1 / sectors.length);
  return out;
}
