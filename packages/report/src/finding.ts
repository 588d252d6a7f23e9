import { createHash } from "node:crypto";
import { z } from "zod";

/** A calendar day written YYYY-MM-DD, as reviews and the report's front matter record it. */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

/** Who signed a finding off, when, and which wording they read. */
export const FindingReview = z
  .object({
    by: z.string().min(1).describe("The reviewer, as they wish to be named."),
    on: IsoDate.describe("The day of the review (YYYY-MM-DD)."),
    statement: z
      .string()
      .length(12)
      .describe("Fingerprint of the statement reviewed (statementFingerprint): a changed statement needs a new review."),
    note: z.string().optional(),
  })
  .describe("A review.");
export type FindingReview = z.infer<typeof FindingReview>;

/** Who withdrew a finding, when and why. */
export const FindingWithdrawal = z
  .object({ by: z.string().min(1), on: IsoDate, reason: z.string().min(1) })
  .describe("A withdrawal: the finding stays in the file, and no edition prints it.");
export type FindingWithdrawal = z.infer<typeof FindingWithdrawal>;

/** One finding of a notebook, as `findings.json` records it and the learning chapter shows it. */
export const Finding = z
  .object({
    id: z
      .string()
      .regex(/^F\d+\.\d+$/, "F<challenge>.<n>, e.g. F2.3")
      .describe("Citable number: F<challenge>.<n>."),
    statement: z.string().min(1).describe("The finding in one or two sentences, with its figures."),
    evidence: z.array(z.string()).min(1).describe("Ids of the figures or tables on the notebook's pages it rests on."),
    confidence: z.enum(["high", "medium", "low"]),
    status: z
      .enum(["draft", "reviewed", "withdrawn"])
      .describe("draft: not yet signed off; reviewed: signed off (see review); withdrawn: kept in the file, never printed."),
    review: FindingReview.optional(),
    withdrawal: FindingWithdrawal.optional(),
    theme: z.string().optional().describe("A theme to group findings across challenges, e.g. 'data gaps'."),
  })
  .superRefine((f, ctx) => {
    if (f.status === "reviewed" && f.review === undefined)
      ctx.addIssue({
        code: "custom",
        path: ["review"],
        message: "a reviewed finding says who reviewed it and when: use `hnl findings review`",
      });
    if (f.status === "withdrawn" && f.withdrawal === undefined)
      ctx.addIssue({ code: "custom", path: ["withdrawal"], message: "a withdrawn finding says who withdrew it, when and why" });
  })
  .describe("A finding.");
export type Finding = z.infer<typeof Finding>;

/** A short fingerprint of a statement's wording, white space aside: what a review signs. */
export function statementFingerprint(statement: string): string {
  return createHash("sha256").update(statement.replace(/\s+/g, " ").trim()).digest("hex").slice(0, 12);
}

/** Whether a finding is reviewed and its statement is still the one the reviewer read. */
export function isReviewed(f: Finding): boolean {
  return f.status === "reviewed" && f.review?.statement === statementFingerprint(f.statement);
}

/**
 * Findings recomputed from data (by a notebook's findings writer) with the review state of the
 * findings file kept: a review stays while its statement is unchanged; a changed statement goes
 * back to draft; a withdrawal stays whatever the wording.
 */
export function keepReviews(computed: readonly Finding[], existing: readonly Finding[]): Finding[] {
  const before = new Map(existing.map((f) => [f.id, f]));
  return computed.map((f) => {
    const old = before.get(f.id);
    if (old?.status === "withdrawn" && old.withdrawal !== undefined) return { ...f, status: "withdrawn", withdrawal: old.withdrawal };
    if (old?.status === "reviewed" && old.review !== undefined && old.review.statement === statementFingerprint(f.statement))
      return { ...f, status: "reviewed", review: old.review };
    const { review: _r, withdrawal: _w, ...rest } = f;
    return { ...rest, status: "draft" };
  });
}
