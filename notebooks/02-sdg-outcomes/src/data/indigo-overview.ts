// The numbers this notebook's pages show, computed once from the typed loaders so every loader
// of the notebook agrees.
import { countryName, loadDeliveryLocations, loadProjects, resolveDataDir } from "@hnl/data";

export interface CountRow {
  [key: string]: string | number;
  projects: number;
}

export interface IndigoOverview {
  projects: number;
  locations: number;
  countries: number;
  projectsWithoutCountry: number;
  sectors: number;
  accounting: { file: string; rowsIn: number; accepted: number; rejected: number }[];
  dataset: string;
  snapshot: string;
  byCountry: CountRow[];
  bySector: CountRow[];
}

/**
 * Projects by delivery country (a project delivering in two countries counts in both) and by
 * policy sector, with the row accounting of both source files.
 */
export async function indigoOverview(): Promise<IndigoOverview> {
  const dir = resolveDataDir();
  const projects = await loadProjects(dir, { mode: "strict" });
  const locations = await loadDeliveryLocations(dir, { mode: "strict", projectIds: new Set(projects.records.map((p) => p.id)) });

  const countriesOf = new Map<string, Set<string>>();
  for (const l of locations.records) {
    if (l.country === null) continue;
    const set = countriesOf.get(l.country) ?? new Set<string>();
    set.add(l.projectId);
    countriesOf.set(l.country, set);
  }
  const placed = new Set([...countriesOf.values()].flatMap((s) => [...s]));
  const byCountry = [...countriesOf]
    .map(([code, ids]) => ({ country: countryName(code), code, projects: ids.size }))
    .sort((a, b) => b.projects - a.projects || a.country.localeCompare(b.country));

  const sectorCounts = new Map<string, number>();
  for (const p of projects.records) {
    const sector = p.policySector ?? "Not recorded";
    sectorCounts.set(sector, (sectorCounts.get(sector) ?? 0) + 1);
  }
  const bySector = [...sectorCounts]
    .map(([sector, n]) => ({ sector, projects: n }))
    .sort((a, b) => b.projects - a.projects || a.sector.localeCompare(b.sector));

  return {
    projects: projects.accounting.accepted,
    locations: locations.accounting.accepted,
    countries: byCountry.length,
    projectsWithoutCountry: projects.records.filter((p) => !placed.has(p.id)).length,
    sectors: bySector.length,
    accounting: [projects, locations].map((r) => ({ file: r.provenance.files[0]?.path ?? "", ...r.accounting })),
    dataset: "INDIGO Impact Bond Dataset",
    snapshot: projects.provenance.snapshot,
    byCountry,
    bySector,
  };
}
