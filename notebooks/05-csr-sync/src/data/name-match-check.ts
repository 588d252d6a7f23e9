// Better company resolution, measured: each unresolved name's most similar company in the index
// (`mostSimilarCompany`, Levenshtein over normalised names), sorted into methods by score, with
// each method's precision from a hand-checked sample kept in reference/name-match-check.csv.
import { fileURLToPath } from "node:url";
import { proportion } from "@hnl/analysis";
import { type CompanyIndex, mostSimilarCompany } from "@hnl/csr";
import { readCsv } from "@hnl/data";

/** The methods a similarity score falls into, best first; `none` when no indexed name shares a word. */
export type SimilarityMethod = "same_letters" | "near_spelling" | "look_alike" | "no_close_name" | "none";

/** The method of a score: 1 the same letters; 0.95 and up a near spelling; 0.90 and up a look-alike. */
export function similarityMethod(score: number | null): SimilarityMethod {
  if (score === null) return "none";
  if (score === 1) return "same_letters";
  if (score >= 0.95) return "near_spelling";
  if (score >= 0.9) return "look_alike";
  return "no_close_name";
}

/** What each method means to a reader, and what becomes of its names. */
export const METHOD_LABEL: Record<SimilarityMethod, string> = {
  same_letters: "Same letters, only spaces differ",
  near_spelling: "Near spelling, a letter or two apart",
  look_alike: "Look-alike name (score 0.90 to 0.95)",
  no_close_name: "No close name in the master (below 0.90)",
  none: "No name in the master shares a word",
};

export const CHECK_FILE = fileURLToPath(new URL("../../reference/name-match-check.csv", import.meta.url));
const CHECK_COLUMNS = ["source_id", "company_name", "candidate_name", "candidate_cin", "score", "method", "verdict", "reason"];

export interface CheckedMatch {
  sourceId: string;
  companyName: string;
  candidateName: string;
  candidateCin: string;
  score: number;
  method: SimilarityMethod;
  verdict: "same" | "different";
  reason: string;
}

/** The hand-checked sample, validated: its header, a score from 0 to 1, a known method and a verdict of same or different. */
export async function readNameCheck(file = CHECK_FILE): Promise<CheckedMatch[]> {
  const table = await readCsv(file, "notebooks/05-csr-sync/reference/name-match-check.csv");
  if (table.header.join(",") !== CHECK_COLUMNS.join(","))
    throw new Error(`name-match-check.csv: the header is ${table.header.join(",")}; expected ${CHECK_COLUMNS.join(",")}.`);
  return table.records.map((r) => {
    const [sourceId = "", companyName = "", candidateName = "", candidateCin = "", score = "", method = "", verdict = "", reason = ""] =
      r.cells;
    const s = Number(score);
    const where = `name-match-check.csv, row ${r.row}`;
    if (!Number.isFinite(s) || s < 0 || s > 1) throw new Error(`${where}, column score: "${score}" is not a number from 0 to 1.`);
    if (!(method in METHOD_LABEL))
      throw new Error(`${where}, column method: "${method}" is not one of ${Object.keys(METHOD_LABEL).join(", ")}.`);
    if (verdict !== "same" && verdict !== "different") throw new Error(`${where}, column verdict: "${verdict}" is not same or different.`);
    if (reason.trim() === "") throw new Error(`${where}, column reason: every verdict needs its reason.`);
    return { sourceId, companyName, candidateName, candidateCin, score: s, method: method as SimilarityMethod, verdict, reason };
  });
}

/** One unresolved name with its most similar indexed company. */
export interface SimilarName {
  sourceId: string;
  companyName: string;
  rows: number;
  candidateName: string | null;
  candidateCin: string | null;
  score: number | null;
  method: SimilarityMethod;
}

/** Every unresolved name of the given sources with its most similar company and method. */
export function similarNames(index: CompanyIndex, unresolved: readonly Record<string, unknown>[]): SimilarName[] {
  return unresolved.map((u) => {
    const best = mostSimilarCompany(index, String(u.company_name));
    return {
      sourceId: String(u.source_id),
      companyName: String(u.company_name),
      rows: Number(u.rows),
      candidateName: best?.name ?? null,
      candidateCin: best?.cin ?? null,
      score: best?.score ?? null,
      method: similarityMethod(best?.score ?? null),
    };
  });
}

/** Per method: names, rows, and the hand-checked precision with its 95% Wilson interval. */
export function methodSummary(names: readonly SimilarName[], checked: readonly CheckedMatch[]) {
  return (Object.keys(METHOD_LABEL) as SimilarityMethod[]).map((method) => {
    const these = names.filter((n) => n.method === method);
    const sample = checked.filter((c) => c.method === method);
    const p = proportion(sample.filter((c) => c.verdict === "same").length, sample.length);
    return {
      method,
      label: METHOD_LABEL[method],
      names: these.length,
      rows: these.reduce((s, n) => s + n.rows, 0),
      checked: sample.length,
      correct: p.numerator,
      precision_pct: p.value === null ? null : Math.round(p.value * 1000) / 10,
      lower_pct: p.lower === null ? null : Math.round(p.lower * 1000) / 10,
      upper_pct: p.upper === null ? null : Math.round(p.upper * 1000) / 10,
    };
  });
}
