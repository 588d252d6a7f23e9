import { countryRegion, type DeliveryLocation, type Region } from "@hnl/data";

/**
 * Each project's UN M49 regions from its delivery locations: one row per project and region (a
 * project delivering on two continents has two rows). Projects with no located delivery get
 * region null, so they stay in every count.
 */
export function projectRegions(
  projectIds: readonly string[],
  locations: readonly DeliveryLocation[],
): { projectId: string; region: Region | null }[] {
  const regions = new Map<string, Set<Region>>();
  for (const l of locations) {
    const r = l.country === null ? null : countryRegion(l.country);
    if (r === null) continue;
    regions.set(l.projectId, (regions.get(l.projectId) ?? new Set()).add(r));
  }
  return projectIds.flatMap((projectId): { projectId: string; region: Region | null }[] => {
    const set = regions.get(projectId);
    return set === undefined || set.size === 0 ? [{ projectId, region: null }] : [...set].sort().map((region) => ({ projectId, region }));
  });
}
