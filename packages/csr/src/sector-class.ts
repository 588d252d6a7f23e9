import type { Mappings } from "./mapping-tables.js";

/**
 * What a published sector label is, by the mapping tables: one of the 14 broad groups, one of
 * the specific Schedule VII items, `both` (a fund or `NEC/Not mentioned`, which names a group
 * and its only item alike) or `unknown` (in neither table).
 */
export type SectorClass = "broad" | "specific" | "both" | "unknown";

/**
 * @example
 * sectorClass("Animal welfare", mappings); // "specific"
 * sectorClass("Swachh Bharat Kosh", mappings); // "both"
 */
export function sectorClass(value: string | null, mappings: Mappings): SectorClass {
  if (value === null || value.trim() === "") return "unknown";
  const broad = mappings.sectorBroad(value) !== null;
  const specific = mappings.sectorSpecific(value) !== null;
  return broad && specific ? "both" : broad ? "broad" : specific ? "specific" : "unknown";
}
