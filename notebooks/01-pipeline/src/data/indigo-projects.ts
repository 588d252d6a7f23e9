// The INDIGO Impact Bond Dataset, as the chapter sets the pipeline against it: per impact bond, the
// world regions it delivers in, its policy sector and whether it is linked to an outcomes fund.
import {
  countryRegion,
  type DeliveryLocation,
  impactBondSource,
  indigoImpactBondDataset,
  type LoadResult,
  type OutcomeFund,
  type Project,
  resolveDataDir,
} from "@hnl/data";

/** One impact bond of the Impact Bond Dataset, reduced to what the comparison reads. */
export interface IndigoProjectFacts {
  id: string;
  /** UN M49 regions of its delivery locations' countries; empty when none is placed. */
  regions: string[];
  /** Its policy sector as recorded, or null. */
  policySector: string | null;
  /** Whether `projects_outcome_funds.csv` links it to an outcomes fund. */
  inOutcomesFund: boolean;
}

export interface IndigoProjects {
  projects: IndigoProjectFacts[];
  dataset: string;
  snapshot: string;
  /** Rows read, accepted and rejected in each file used. */
  accounting: { file: string; rowsIn: number; accepted: number; rejected: number }[];
}

let cached: Promise<IndigoProjects> | undefined;

/**
 * The Impact Bond Dataset's projects with their regions, sector and outcomes-fund link, loaded once
 * per process, strictly validated (a bad row stops the build).
 *
 * @example
 * const { projects } = await loadIndigoProjects(); // 320 impact bonds
 */
export function loadIndigoProjects(): Promise<IndigoProjects> {
  cached ??= (async () => {
    const all = await indigoImpactBondDataset.load(resolveDataDir(), { mode: "strict" });
    // Each table was validated against its zod schema; the casts name the schemas' types.
    const projects = all.projects as LoadResult<Project>;
    const locations = all.delivery_locations as LoadResult<DeliveryLocation>;
    const funds = all.outcome_funds as LoadResult<OutcomeFund>;
    if (projects === undefined || locations === undefined || funds === undefined)
      throw new Error("The INDIGO Impact Bond Dataset loaded without its projects, delivery locations or outcome funds table.");
    return {
      projects: indigoProjectFacts(projects.records, locations.records, funds.records),
      dataset: impactBondSource.title,
      snapshot: projects.provenance.snapshot,
      accounting: [projects, locations, funds].map((t) => ({ file: t.provenance.files[0]?.path ?? "", ...t.accounting })),
    };
  })();
  return cached;
}

/**
 * Joins each project to the regions of its delivery locations and to its outcomes-fund links.
 *
 * @example
 * indigoProjectFacts([{ id: "P1", policySector: "Health" }], [{ projectId: "P1", country: "KE" }], [])
 * // [{ id: "P1", regions: ["Africa"], policySector: "Health", inOutcomesFund: false }]
 */
export function indigoProjectFacts(
  projects: readonly Pick<Project, "id" | "policySector">[],
  locations: readonly Pick<DeliveryLocation, "projectId" | "country">[],
  funds: readonly Pick<OutcomeFund, "projectId">[],
): IndigoProjectFacts[] {
  const regions = new Map<string, Set<string>>();
  for (const l of locations) {
    const region = l.country === null ? null : countryRegion(l.country);
    if (region === null) continue;
    const set = regions.get(l.projectId) ?? new Set<string>();
    set.add(region);
    regions.set(l.projectId, set);
  }
  const inFund = new Set(funds.map((f) => f.projectId));
  return projects.map((p) => ({
    id: p.id,
    regions: [...(regions.get(p.id) ?? [])].sort(),
    policySector: p.policySector,
    inOutcomesFund: inFund.has(p.id),
  }));
}
