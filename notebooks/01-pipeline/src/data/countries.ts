import { rate } from "@hnl/analysis";
import { countryName, countryRegion, REGIONS } from "@hnl/data";
import type { PipelineVariables } from "./pipeline-variables.ts";

export interface CountryRow {
  [key: string]: string | number;
  country: string;
  code: string;
  region: string;
  projects: number;
}

export interface RegionRow {
  [key: string]: string | number;
  region: string;
  projects: number;
  /** "58 of 132 (44%)". */
  share: string;
  countries: number;
}

export interface Countries {
  /** Countries by the number of records delivering there, largest first. */
  rows: CountryRow[];
  /** UN M49 regions in the kit's order, then "No country recorded"; a record counts once per region it reaches. */
  regions: RegionRow[];
  /** The region most projects reach (ties: the kit's region order); null when no record names a country. */
  topRegion: RegionRow | null;
  /** Records naming no country (some name a region). */
  withoutCountry: number;
  /** Records naming neither a country nor a region. */
  withoutRegion: number;
  multiCountry: number;
  /** Country codes M49 does not place in a region (counted under "Region not known"). */
  unplaced: string[];
}

const NO_COUNTRY = "No country recorded";
const UNPLACED = "Region not known";

/**
 * Where the pipeline plans to deliver, from the populated countries (ISO codes from `Delivery
 * Locations - Country`, else country names in the location) and regions (of those countries, else
 * World Bank regions named in the location): a record naming several countries counts once in
 * each, and once in each UN M49 region it reaches.
 */
export function countries(variables: readonly Pick<PipelineVariables, "countries" | "regions">[]): Countries {
  const byCode = new Map<string, number>();
  const byRegion = new Map<string, { projects: number; codes: Set<string> }>();
  for (const v of variables) {
    const codes = v.countries?.value ?? [];
    for (const c of codes) byCode.set(c, (byCode.get(c) ?? 0) + 1);
    const named = v.regions?.value ?? [];
    const regions = new Set(named.length > 0 ? named : codes.length === 0 ? [NO_COUNTRY] : codes.map((c) => countryRegion(c) ?? UNPLACED));
    for (const region of regions) {
      const entry = byRegion.get(region) ?? { projects: 0, codes: new Set<string>() };
      entry.projects += 1;
      for (const c of codes) if ((countryRegion(c) ?? UNPLACED) === region) entry.codes.add(c);
      byRegion.set(region, entry);
    }
  }
  const rows = [...byCode]
    .map(([code, projects]) => ({ country: countryName(code), code, region: countryRegion(code) ?? UNPLACED, projects }))
    .sort((a, b) => b.projects - a.projects || a.country.localeCompare(b.country));
  const regionOrder = [...REGIONS, UNPLACED, NO_COUNTRY];
  const regions = regionOrder
    .filter((region) => byRegion.has(region) || (REGIONS as readonly string[]).includes(region))
    .map((region) => {
      const e = byRegion.get(region);
      const projects = e?.projects ?? 0;
      return { region, projects, share: rate(projects, variables.length).label, countries: e?.codes.size ?? 0 };
    });
  const placed = regions.filter((r) => r.region !== NO_COUNTRY && r.projects > 0);
  const topRegion = placed.reduce<RegionRow | null>((best, r) => (best === null || r.projects > best.projects ? r : best), null);
  return {
    rows,
    regions,
    topRegion,
    withoutCountry: variables.filter((v) => v.countries === null).length,
    withoutRegion: variables.filter((v) => v.countries === null && v.regions === null).length,
    multiCountry: variables.filter((v) => (v.countries?.value.length ?? 0) > 1).length,
    unplaced: rows.filter((r) => r.region === UNPLACED).map((r) => r.code),
  };
}
