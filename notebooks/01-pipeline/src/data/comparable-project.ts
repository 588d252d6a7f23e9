// A project of either INDIGO dataset in the aligned categories of category-alignment.ts.
import type { PipelineProject } from "@hnl/data";
import { ALIGNED_INSTRUMENTS, indigoSector, pipelineSectors } from "./category-alignment.ts";
import type { ComparableProject } from "./indigo-comparison.ts";
import type { IndigoProjectFacts } from "./indigo-projects.ts";
import { SECTOR_FLAGS } from "./sectors.ts";

/**
 * A pipeline record as the comparison counts it: the world regions populated for it (null when
 * none), its aligned sectors (null when it answers Yes to none of the sector flags; [] when it
 * names only sectors the Impact Bond Dataset lacks), and the aligned instruments it flags.
 *
 * @example
 * pipelineComparable(record, ["Africa"]) // { regions: ["Africa"], sectors: ["Health"], instruments: ["Outcomes fund"] }
 */
export function pipelineComparable(record: PipelineProject, regions: readonly string[] | null): ComparableProject {
  const namesSector = SECTOR_FLAGS.some((f) => record[f.field] === true);
  return {
    regions: regions === null || regions.length === 0 ? null : regions,
    sectors: namesSector ? pipelineSectors(record) : null,
    instruments: ALIGNED_INSTRUMENTS.filter((i) => record[i.pipelineFlag] === true).map((i) => i.label),
  };
}

/**
 * An impact bond as the comparison counts it: every one is an impact bond, and an outcomes fund
 * where the dataset links it to one.
 *
 * @example
 * indigoComparable({ id: "P1", regions: ["Europe"], policySector: "Homelessness", inOutcomesFund: true })
 * // { regions: ["Europe"], sectors: ["Social welfare"], instruments: ["Impact bond", "Outcomes fund"] }
 */
export function indigoComparable(p: IndigoProjectFacts): ComparableProject {
  const sector = indigoSector(p.policySector);
  return {
    regions: p.regions.length === 0 ? null : p.regions,
    sectors: sector === null ? null : [sector],
    instruments: ALIGNED_INSTRUMENTS.filter(
      (i) => i.indigo === "every project" || (i.indigo === "linked to an outcomes fund" && p.inOutcomesFund),
    ).map((i) => i.label),
  };
}
