import { type CompanyIndex, distinctiveWords } from "./company-index.js";
import type { CompanyMatch, MatchCandidate } from "./company-match.js";
import { legalForm, normaliseCompanyName, withoutLegalForm } from "./normalise-company-name.js";
import { mostSimilarCompany, nameSimilarity } from "./similar-company-name.js";

/** The score of a match on a normalised name: below an exact name, above any candidate. */
export const NORMALISED_NAME_SCORE = 0.95;
/** Two CINs of one registration: merged, below a name known for exactly one CIN. */
export const SAME_REGISTRATION_SCORE = 0.9;
/** A candidate must share more than this share of its distinctive words (legal form aside). */
const CANDIDATE_FLOOR = 0.5;
/** The same words in another legal form: a strong suggestion, still not a merge. */
const LEGAL_FORM_DIFFERS_SCORE = 0.9;
const RAREST_WORD_LIMIT = 200;
/** String similarity from which a name is suggested as a near spelling (below 1, never merged). */
export const NEAR_SPELLING_FLOOR = 0.95;
/** String similarity from which a name is suggested as a look-alike (below the near-spelling floor, never merged). */
export const LOOK_ALIKE_FLOOR = 0.9;

/**
 * Resolves one published company to a CIN: the source's own CIN when it has one; else its name,
 * as published or normalised, when that name is known for exactly one CIN; else its letters,
 * when the normalised name with its spaces removed is one CIN's (`same_letters`, string
 * similarity 1: a hand-checked sample found every such pair the same company). A name known for
 * two or more CINs is `ambiguous` and a name known for none is `unresolved`: both keep a key of
 * their own (`name:` and the normalised name) and list up to three candidates, and are never
 * merged with a CIN. Candidates differing only in legal form (`X LIMITED` and `X PRIVATE
 * LIMITED`), sharing most words, or spelt nearly alike (`near spelling`, similarity 0.95 to
 * below 1; `look-alike`, 0.90 to below 0.95; a hand check found these often different companies)
 * are suggestions for a person to review, with their score, nothing more.
 *
 * @example
 * resolveCompany(index, { name: "ACC LIMITED", cin: null });
 * // { companyKey: "L26940MH1936PLC002515", cin: "L26940MH1936PLC002515", method: "exact_name", score: 1, ... }
 */
export function resolveCompany(index: CompanyIndex, source: { name: string; cin: string | null }): CompanyMatch {
  const nameKey = normaliseCompanyName(source.name);
  const base = { companyName: source.name, nameKey };
  const cin = source.cin?.trim() ?? "";
  if (cin !== "") return { ...base, companyKey: cin, cin, method: "cin", score: 1, candidates: [] };
  if (nameKey === "") return { ...base, companyKey: "name:", cin: null, method: "no_identifier", score: 0, candidates: [] };
  const unmerged = { companyKey: `name:${nameKey}`, cin: null };

  const exact = index.exact.get(source.name.trim().toUpperCase());
  const normalised = index.normalised.get(nameKey);
  const [only] = exact?.size === 1 ? [...exact] : normalised?.size === 1 ? [...normalised] : [];
  // A name spelt exactly as one company's must still be the only company with that key.
  if (only !== undefined && (normalised === undefined || normalised.size === 1)) {
    const method = exact?.size === 1 ? "exact_name" : "normalised_name";
    return { ...base, companyKey: only, cin: only, method, score: method === "exact_name" ? 1 : NORMALISED_NAME_SCORE, candidates: [] };
  }
  if (normalised !== undefined && normalised.size > 1) {
    const cins = [...normalised].sort();
    const registration = new Set(cins.map(cinRegistration));
    // One registration (state, year, number) under CINs that differ only in listing or ownership
    // code: the same company, its CIN reissued. Merged, and said so by its own method.
    if (registration.size === 1 && !registration.has(null)) {
      const [first] = cins as [string, ...string[]];
      const candidates = cins.map((c) => ({ cin: c, name: firstName(index, c), score: 1, reason: "same registration, CIN reissued" }));
      return { ...base, companyKey: first, cin: first, method: "same_registration", score: SAME_REGISTRATION_SCORE, candidates };
    }
    const candidates = [...normalised].sort().map((c) => ({ cin: c, name: firstName(index, c), score: 1, reason: "same name, other CIN" }));
    return { ...base, ...unmerged, method: "ambiguous", score: 1 / normalised.size, candidates: candidates.slice(0, 3) };
  }
  if (normalised === undefined) {
    const letters = index.spaceless.get(nameKey.replace(/ /g, ""));
    if (letters?.size === 1) {
      const [cin] = [...letters] as [string];
      return {
        ...base,
        companyKey: cin,
        cin,
        method: "same_letters",
        score: nameSimilarity(nameKey, firstName(index, cin)),
        candidates: [],
      };
    }
  }
  const candidates = suggest(index, nameKey);
  return { ...base, ...unmerged, method: "unresolved", score: candidates[0]?.score ?? 0, candidates };
}

/** Up to three companies whose names are spelt nearly alike, differ only in legal form or share most words, best first. */
function suggest(index: CompanyIndex, nameKey: string): MatchCandidate[] {
  const words = distinctiveWords(nameKey);
  const found = new Map<string, { score: number; reason: string }>();
  const similar = mostSimilarCompany(index, nameKey);
  if (similar !== null && similar.score < 1 && similar.score >= LOOK_ALIKE_FLOOR)
    found.set(normaliseCompanyName(similar.name), {
      score: similar.score,
      reason: similar.score >= NEAR_SPELLING_FLOOR ? "near spelling" : "look-alike",
    });
  for (const key of index.stem.get(withoutLegalForm(nameKey)) ?? []) {
    if (key !== nameKey && !found.has(key) && legalForm(key) !== legalForm(nameKey))
      found.set(key, { score: LEGAL_FORM_DIFFERS_SCORE, reason: "legal form differs" });
  }
  // A name sharing more than half the words must share the rarest one.
  let rarest: Set<string> | undefined;
  for (const w of words) {
    const keys = index.words.get(w);
    if (keys !== undefined && (rarest === undefined || keys.size < rarest.size)) rarest = keys;
  }
  // A word hundreds of names share (INDIA, INFRA) finds nothing worth suggesting; skipped for speed.
  for (const key of rarest !== undefined && rarest.size <= RAREST_WORD_LIMIT ? rarest : []) {
    if (found.has(key) || key === nameKey) continue;
    const score = jaccard(words, index.keyWords.get(key) ?? new Set());
    if (score > CANDIDATE_FLOOR) found.set(key, { score, reason: "similar words" });
  }
  return [...found]
    .flatMap(([key, f]) => [...(index.normalised.get(key) ?? [])].map((cin) => ({ cin, name: firstName(index, cin), ...f })))
    .sort((a, b) => b.score - a.score || a.cin.localeCompare(b.cin))
    .slice(0, 3)
    .map((c) => ({ ...c, score: Math.round(c.score * 1000) / 1000 }));
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? 0 : common / union;
}

const CIN = /^[LU]\d{5}([A-Z]{2})(\d{4})[A-Z]{3}(\d{6})$/;

/** The registration a CIN encodes (RoC state, year, number), or null for another kind of identifier. */
export function cinRegistration(cin: string): string | null {
  const m = CIN.exec(cin);
  return m === null ? null : `${m[1]}-${m[2]}-${m[3]}`;
}

function firstName(index: CompanyIndex, cin: string): string {
  return index.names.get(cin)?.[0] ?? cin;
}
