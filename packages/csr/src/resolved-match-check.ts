import { z } from "zod";

/**
 * One row of a hand-checked sample of names the resolver tied to a CIN: the name as a source
 * published it, the CIN and a name that CIN is known by elsewhere, and a person's verdict with
 * what they compared. The precision of each method is the share of its sampled rows judged `same`.
 *
 * @example
 * ResolvedMatchCheck.parse({ source_id: "portal-2023-24", method: "exact_name", company_name: "ATOZ LOGISTICS LIMITED",
 *   matched_cin: "U63090DL2004PLC124385", matched_name: "Atoz Logistics Limited", verdict: "same", reason: "identical name" });
 */
export const ResolvedMatchCheck = z
  .object({
    source_id: z.string().min(1).describe("The source that published the name (several share a CIN: the project-level one)."),
    method: z.enum(["cin", "exact_name", "normalised_name"]).describe("How the sync tied the name to the CIN (MatchMethod)."),
    company_name: z.string().min(1).describe("The name as published."),
    matched_cin: z
      .string()
      .regex(/^[LUF][0-9A-Z]{5,20}$/, "a CIN (L or U and 20 characters) or a foreign company number")
      .describe("The CIN it was tied to."),
    matched_name: z.string().min(1).describe("A name the CIN is known by in another record (the company master where it has one)."),
    verdict: z.enum(["same", "different"]).describe("Whether the two names are one company."),
    reason: z.string().trim().min(1, "every verdict needs its reason").describe("What was compared and why the verdict."),
  })
  .describe("A hand-checked match of a published company name to a CIN.");
export type ResolvedMatchCheck = z.infer<typeof ResolvedMatchCheck>;
