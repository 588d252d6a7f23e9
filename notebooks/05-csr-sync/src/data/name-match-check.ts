// Company resolution, measured: the methods the sync accepts (CIN, exact name, normalised name,
// same letters) and, for each name it leaves unresolved, its most similar company in the index
// (`mostSimilarCompany`, Levenshtein over normalised names) sorted into suggestion methods by
// score; each method's precision from hand-checked samples kept in reference/ (resolved names in
// resolved-match-check.csv, unresolved names' closest candidates in name-match-check.csv).
import { fileURLToPath } from "node:url";
import { proportion } from "@hnl/analysis";
import { type CompanyIndex, mostSimilarCompany, ResolvedMatchCheck } from "@hnl/csr";
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

/** Every method of the precision table: those the sync accepts, then the suggestions it leaves to a person. */
export type ResolutionMethod = "cin" | "exact_name" | "normalised_name" | "same_registration" | SimilarityMethod;

/** What the methods the sync accepts mean to a reader; `same_letters` is also a similarity method. */
export const RESOLUTION_LABEL: Record<ResolutionMethod, string> = {
  cin: "CIN given by the source (the FY 2023-24 export gives none)",
  exact_name: "Exact name of one company",
  normalised_name: "Same name once case, punctuation and abbreviations are evened out",
  same_registration: "Name of two CINs of one registration (the CIN reissued)",
  ...METHOD_LABEL,
};

/** The methods whose matches the sync accepts (`same_registration` by the CIN's own structure, not checked by hand). */
export const ACCEPTED_METHODS: readonly ResolutionMethod[] = ["cin", "exact_name", "normalised_name", "same_registration", "same_letters"];

export const RESOLVED_CHECK_FILE = fileURLToPath(new URL("../../reference/resolved-match-check.csv", import.meta.url));

/** The hand-checked sample of resolved names, each row validated by `ResolvedMatchCheck` (located by its 1-based row). */
export async function readResolvedCheck(file = RESOLVED_CHECK_FILE): Promise<ResolvedMatchCheck[]> {
  const table = await readCsv(file, "notebooks/05-csr-sync/reference/resolved-match-check.csv");
  return table.records.map((r) => {
    const parsed = ResolvedMatchCheck.safeParse(Object.fromEntries(table.header.map((h, i) => [h, r.cells[i]])));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(`resolved-match-check.csv, row ${r.row}, column ${String(issue?.path[0] ?? "?")}: ${issue?.message ?? "invalid"}.`);
    }
    return parsed.data;
  });
}

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

/**
 * Per method, accepted ones first: whether the sync accepts it, names and rows, and the
 * hand-checked precision with its 95% Wilson interval (`proportion`).
 */
export function methodSummary(
  names: readonly { method: ResolutionMethod; rows: number; names?: number }[],
  checked: readonly { method: ResolutionMethod; verdict: "same" | "different" }[],
) {
  return (Object.keys(RESOLUTION_LABEL) as ResolutionMethod[]).map((method) => {
    const these = names.filter((n) => n.method === method);
    const sample = checked.filter((c) => c.method === method);
    const p = proportion(sample.filter((c) => c.verdict === "same").length, sample.length);
    const accepted = ACCEPTED_METHODS.includes(method);
    return {
      method,
      label: RESOLUTION_LABEL[method],
      accepted,
      use: accepted ? "Accepted" : method === "near_spelling" || method === "look_alike" ? "Suggestion only" : "Unresolved",
      names: these.reduce((s, n) => s + (n.names ?? 1), 0),
      rows: these.reduce((s, n) => s + n.rows, 0),
      checked: sample.length,
      correct: p.numerator,
      precision_pct: p.value === null ? null : Math.round(p.value * 1000) / 10,
      lower_pct: p.lower === null ? null : Math.round(p.lower * 1000) / 10,
      upper_pct: p.upper === null ? null : Math.round(p.upper * 1000) / 10,
    };
  });
}
