import { distance } from "fastest-levenshtein";
import { type CompanyIndex, distinctiveWords } from "./company-index.js";
import { normaliseCompanyName } from "./normalise-company-name.js";

/** A company whose name is close to a published one: a suggestion with its score, never a merge by itself. */
export interface SimilarCompany {
  cin: string;
  /** The company's name as the index knows it. */
  name: string;
  /** 1 − Levenshtein distance ÷ the longer length, of the two normalised keys with spaces removed. */
  score: number;
}

/** How many names sharing a word are compared at most, rarest words first (a word most names share finds nothing useful). */
const BLOCK_LIMIT = 2000;

/**
 * String similarity of two company names: the normalised keys (`normaliseCompanyName`) with their
 * spaces removed, so a glued word (`TOURISMCORPORATION`) and a missing space cost nothing, scored
 * 1 − Levenshtein distance ÷ the longer length (`fastest-levenshtein`). 1 is the same key.
 *
 * @example
 * nameSimilarity("Indian Railway Catering And Tourismcorporation Limited", "INDIAN RAILWAY CATERING AND TOURISM CORPORATION LIMITED"); // 1
 * nameSimilarity("ACC LIMITED", "ACE LIMITED"); // 0.9
 */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseCompanyName(a).replace(/ /g, "");
  const y = normaliseCompanyName(b).replace(/ /g, "");
  const longer = Math.max(x.length, y.length);
  return longer === 0 ? 0 : Math.round((1 - distance(x, y) / longer) * 1000) / 1000;
}

/**
 * The indexed company whose name is most similar to `name`, among the names that share one of its
 * two rarest distinctive words; ties go to the smaller CIN. Null when no indexed name shares a word.
 *
 * @example
 * mostSimilarCompany(index, "INDIAN RAILWAY CATERING AND TOURISM CORPORATION LIMITED");
 * // { cin: "L74899DL1999GOI101707", name: "Indian Railway Catering And Tourismcorporation Limited", score: 1 }
 */
export function mostSimilarCompany(index: CompanyIndex, name: string): SimilarCompany | null {
  const key = normaliseCompanyName(name);
  const blocks = [...distinctiveWords(key)]
    .map((w) => index.words.get(w))
    .filter((s): s is Set<string> => s !== undefined && s.size <= BLOCK_LIMIT)
    .sort((a, b) => a.size - b.size)
    .slice(0, 2);
  let best: SimilarCompany | null = null;
  const seen = new Set<string>();
  for (const block of blocks)
    for (const other of block) {
      if (seen.has(other)) continue;
      seen.add(other);
      const score = nameSimilarity(key, other);
      for (const cin of index.normalised.get(other) ?? []) {
        if (best === null || score > best.score || (score === best.score && cin < best.cin))
          best = { cin, name: index.names.get(cin)?.[0] ?? other, score };
      }
    }
  return best;
}
