import type { SectorClass } from "./sector-class.js";

/** How many rows of a source had each pair of sector classes (first the column titled broad, then the one titled specific). */
export interface SectorClassCount {
  titledBroad: SectorClass;
  titledSpecific: SectorClass;
  rows: number;
}

/** The verdict on a source's two sector columns, from their values. */
export interface SectorColumnCheck {
  rows: number;
  /** Rows whose column titled broad holds a broad group and whose column titled specific holds a specific item. */
  asTitled: number;
  /** Rows the other way round: a specific item under the broad title, a broad group under the specific one. */
  swapped: number;
  /** Rows whose values name a group and its item alike (funds, `NEC/Not mentioned`): either way reads the same. */
  neutral: number;
  /** Rows with a value in neither mapping table (or blank): cannot tell. */
  undetermined: number;
  /**
   * `as titled` or `swapped` when every decisive row agrees; `mixed` when both occur;
   * `undetermined` without decisive rows; `one column only` for a source with a single sector column.
   */
  verdict: "as titled" | "swapped" | "mixed" | "undetermined" | "one column only";
}

/**
 * Decides, from the VALUES of the two sector columns and not from their titles or the year,
 * whether a source has them swapped. Each row votes by the classes of its two values; swapping
 * is then done row by row (`swapped` rows only), and the verdict says how the file as a whole
 * reads.
 *
 * @example
 * detectSwappedSectors([{ titledBroad: "specific", titledSpecific: "broad", rows: 60 }, { titledBroad: "both", titledSpecific: "both", rows: 6 }]);
 * // { rows: 66, asTitled: 0, swapped: 60, neutral: 6, undetermined: 0, verdict: "swapped" }
 */
export function detectSwappedSectors(counts: readonly SectorClassCount[]): SectorColumnCheck {
  const check = { rows: 0, asTitled: 0, swapped: 0, neutral: 0, undetermined: 0 };
  for (const c of counts) {
    check.rows += c.rows;
    if (isSwapped(c.titledBroad, c.titledSpecific)) check.swapped += c.rows;
    else if (c.titledBroad === "both" && c.titledSpecific === "both") check.neutral += c.rows;
    else if (ASTITLED_BROAD.has(c.titledBroad) && ASTITLED_SPECIFIC.has(c.titledSpecific)) check.asTitled += c.rows;
    else check.undetermined += c.rows;
  }
  const verdict: SectorColumnCheck["verdict"] =
    check.asTitled > 0 && check.swapped > 0 ? "mixed" : check.swapped > 0 ? "swapped" : check.asTitled > 0 ? "as titled" : "undetermined";
  return { ...check, verdict };
}

const ASTITLED_BROAD: ReadonlySet<SectorClass> = new Set(["broad", "both"]);
const ASTITLED_SPECIFIC: ReadonlySet<SectorClass> = new Set(["specific", "both"]);

/** A row reads swapped when the column titled broad holds only a specific item and the other only a broad group. */
export function isSwapped(titledBroad: SectorClass, titledSpecific: SectorClass): boolean {
  return titledBroad === "specific" && titledSpecific === "broad";
}
