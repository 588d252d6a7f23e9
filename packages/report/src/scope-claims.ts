import type { NotebookManifest } from "./notebook-manifest.js";

const WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const NUMBER = `(\\d+|${WORDS.join("|")})`;
const CLAIM = new RegExp(
  `\\b${NUMBER}\\s+(?:fiscal\\s+|financial\\s+)?years?\\s+of\\b|\\b(?:over|across|spanning|covering)\\s+${NUMBER}\\s+(?:fiscal\\s+|financial\\s+)?years\\b`,
  "gi",
);

/** A headline or summary that claims more years than the chapter's data covers. */
export interface OverClaim {
  /** The phrase, e.g. "Eleven years of". */
  phrase: string;
  claimed: number;
  covered: number;
}

/**
 * Phrases in `text` that claim more years of data ("eleven years of", "across 11 years") than
 * the chapter declares it covers (`years.covered` in its notebook.json). Nothing is claimed of a
 * chapter that declares no years.
 *
 * @example
 * yearClaims("Eleven years of CSR spending", { covered: ["FY 2014-15", "FY 2023-24"], missing: [] })
 * // [{ phrase: "Eleven years of", claimed: 11, covered: 2 }]
 */
export function yearClaims(text: string, years: NotebookManifest["years"]): OverClaim[] {
  if (years === undefined) return [];
  const out: OverClaim[] = [];
  for (const m of text.matchAll(CLAIM)) {
    const word = (m[1] ?? m[2] ?? "").toLowerCase();
    const claimed = /^\d+$/.test(word) ? Number(word) : WORDS.indexOf(word);
    if (claimed > years.covered.length) out.push({ phrase: m[0], claimed, covered: years.covered.length });
  }
  return out;
}
