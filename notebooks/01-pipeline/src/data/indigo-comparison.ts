// The pipeline set against the INDIGO Impact Bond Dataset: shares of projects by world region, by
// policy sector and by instrument, each with its n and 95% Wilson interval, in the categories of
// category-alignment.ts.
import { type Proportion, proportion } from "@hnl/analysis";
import { REGIONS } from "@hnl/data";
import { ALIGNED_INSTRUMENTS, ALIGNED_SECTORS } from "./category-alignment.ts";

/** A project of either dataset, in the aligned categories. */
export interface ComparableProject {
  /** World regions it delivers in; null when none is known (left out of the regional base). */
  regions: readonly string[] | null;
  /** Aligned sectors it counts in; null when it records no sector (left out of the sector base). */
  sectors: readonly string[] | null;
  /** Aligned instruments it counts in (`ALIGNED_INSTRUMENTS` labels). */
  instruments: readonly string[];
}

export type Dimension = "Region" | "Sector" | "Instrument";

export interface ComparisonRow {
  dimension: Dimension;
  category: string;
  pipeline: Proportion;
  /** Null where the Impact Bond Dataset does not record the category. */
  indigo: Proportion | null;
  /** Pipeline against impact bonds, where their 95% intervals do not overlap; null where they do or cannot be compared. */
  difference: "higher" | "lower" | null;
}

export interface IndigoComparison {
  rows: ComparisonRow[];
  /** The bases: projects with a known region, with a recorded sector, and all projects, per dataset. */
  bases: Record<Dimension, { pipeline: number; indigo: number }>;
}

/**
 * Shares of pipeline projects and of impact bonds in each world region, aligned sector and
 * instrument. A project counts once in each category it falls in, so a dimension's shares can add
 * up to more than 100%. Shares whose 95% Wilson intervals do not overlap are marked as a difference.
 *
 * @example
 * compareWithIndigo(pipeline, indigo).rows.find((r) => r.category === "Africa")?.pipeline.label
 * // "64 of 126 (51%; 95% CI 42–59%)"
 */
export function compareWithIndigo(pipeline: readonly ComparableProject[], indigo: readonly ComparableProject[]): IndigoComparison {
  const withRegion = (ps: readonly ComparableProject[]) => ps.filter((p) => p.regions !== null && p.regions.length > 0);
  const withSector = (ps: readonly ComparableProject[]) => ps.filter((p) => p.sectors !== null);
  const share = (ps: readonly ComparableProject[], has: (p: ComparableProject) => boolean) => proportion(ps.filter(has).length, ps.length);
  const rows: ComparisonRow[] = [];
  const add = (dimension: Dimension, category: string, p: Proportion, i: Proportion | null) =>
    rows.push({ dimension, category, pipeline: p, indigo: i, difference: i === null ? null : differenceOf(p, i) });

  const [pr, ir] = [withRegion(pipeline), withRegion(indigo)];
  for (const region of REGIONS)
    add(
      "Region",
      region,
      share(pr, (p) => p.regions?.includes(region) ?? false),
      share(ir, (p) => p.regions?.includes(region) ?? false),
    );
  const [ps, is] = [withSector(pipeline), withSector(indigo)];
  for (const s of ALIGNED_SECTORS)
    add(
      "Sector",
      s.label,
      share(ps, (p) => p.sectors?.includes(s.label) ?? false),
      share(is, (p) => p.sectors?.includes(s.label) ?? false),
    );
  for (const inst of ALIGNED_INSTRUMENTS)
    add(
      "Instrument",
      inst.label,
      share(pipeline, (p) => p.instruments.includes(inst.label)),
      inst.indigo === null ? null : share(indigo, (p) => p.instruments.includes(inst.label)),
    );
  return {
    rows,
    bases: {
      Region: { pipeline: pr.length, indigo: ir.length },
      Sector: { pipeline: ps.length, indigo: is.length },
      Instrument: { pipeline: pipeline.length, indigo: indigo.length },
    },
  };
}

/** "higher" when the pipeline's interval lies wholly above the impact bonds', "lower" when wholly below, else null. */
export function differenceOf(pipeline: Proportion, indigo: Proportion): "higher" | "lower" | null {
  if (pipeline.lower === null || pipeline.upper === null || indigo.lower === null || indigo.upper === null) return null;
  if (pipeline.lower > indigo.upper) return "higher";
  if (pipeline.upper < indigo.lower) return "lower";
  return null;
}
