import { z } from "zod";

/** How a source's company was tied to a company, strongest first. */
export const MatchMethod = z
  .enum(["cin", "exact_name", "normalised_name", "same_letters", "same_registration", "ambiguous", "unresolved", "no_identifier"])
  .describe(
    "cin: the source gives the CIN; exact_name: the name as published equals one known name of exactly one CIN; normalised_name: equal after normalising case, punctuation and legal-form abbreviations, for exactly one CIN; same_letters: equal once the spaces of the normalised names are removed (string similarity 1: `Engineersand` and `ENGINEERS AND`), for exactly one CIN, and no CIN for the name otherwise; same_registration: the name fits two CINs of one registration (RoC state, year and number; the CIN was reissued on listing or a change of ownership code), merged under the first; ambiguous: the name fits two or more CINs (listed, not merged); unresolved: no known name fits (candidates listed, not merged); no_identifier: the source has neither CIN nor usable name.",
  );
export type MatchMethod = z.infer<typeof MatchMethod>;

/** A company the resolver suggests for a name it could not tie down; never merged by itself. */
export const MatchCandidate = z.object({
  cin: z.string(),
  name: z.string().describe("A name the CIN is known by."),
  score: z
    .number()
    .min(0)
    .max(1)
    .describe(
      "For `near spelling` and `look-alike`: the string similarity (nameSimilarity); else the share of words the two names have in common (Jaccard), legal form aside.",
    ),
  reason: z
    .string()
    .describe(
      "Why it is suggested: `same name, other CIN`, `legal form differs`, `similar words`, `near spelling` (similarity 0.95 to below 1), `look-alike` (0.90 to below 0.95).",
    ),
});
export type MatchCandidate = z.infer<typeof MatchCandidate>;

/** The resolver's answer for one company name (and CIN, where the source has one). */
export const CompanyMatch = z
  .object({
    companyName: z.string().describe("The name as published."),
    nameKey: z.string().describe("The normalised name (normaliseCompanyName)."),
    companyKey: z
      .string()
      .describe(
        "The resolved company: its CIN, else `name:` and the normalised name (unresolved and ambiguous names are not merged with any CIN).",
      ),
    cin: z.string().nullable().describe("The CIN, null when unknown."),
    method: MatchMethod,
    score: z
      .number()
      .min(0)
      .max(1)
      .describe(
        "1 for a CIN, an exact name or the same letters (similarity 1), 0.95 for a normalised name, 0.9 for a same registration, else the best candidate's score (not merged).",
      ),
    candidates: z.array(MatchCandidate).describe("For ambiguous and unresolved names: the companies it might be, best first (at most 3)."),
  })
  .describe("How one published company name was resolved.");
export type CompanyMatch = z.infer<typeof CompanyMatch>;
