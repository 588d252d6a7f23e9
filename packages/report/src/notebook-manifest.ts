import { z } from "zod";

/** One caveat on what a chapter's data can show, declared by the chapter and shown to readers. */
export const ScopeNote = z
  .object({
    kind: z
      .enum(["substitute-data", "missing-years", "sampling", "coverage", "other"])
      .describe(
        "substitute-data: another dataset stands in for the one the challenge names; missing-years: periods the data lacks; sampling: a sample or excerpt, not the whole; coverage: who or what the data leaves out.",
      ),
    text: z.string().min(1).describe("The caveat in one or two plain sentences, for readers."),
  })
  .describe("A scope note.");
export type ScopeNote = z.infer<typeof ScopeNote>;

/** `notebooks/<slug>/notebook.json`: what the report needs to know of a notebook. */
export const NotebookManifest = z
  .object({
    slug: z
      .string()
      .regex(/^_?[a-z0-9][a-z0-9-]*$/, "lower-case letters, digits and hyphens")
      .describe("The folder name; the notebook's URL path in the report."),
    title: z.string().min(1).describe("Chapter title in the report's sidebar."),
    challenge: z.number().int().positive().nullable().default(null).describe("The Hack-and-Learn challenge the notebook answers, if any."),
    summary: z.string().default("").describe("One sentence shown on the report's home page."),
    team: z.string().nullable().default(null).describe("The hack team working in the notebook, if any."),
    contributors: z.array(z.string().min(1)).default([]).describe("The people who wrote the chapter, as they wish to be named."),
    sources: z
      .array(z.string())
      .default([])
      .describe("Ids of the datasets the chapter uses (datasets/<id>.json); its footer and citation name them."),
    scope: z
      .array(ScopeNote)
      .default([])
      .describe("What the chapter's data cannot show: shown at the top of the chapter and in the summary."),
    years: z
      .object({
        covered: z.array(z.string()).min(1).describe("The years (or fiscal years) the data covers, e.g. 'FY 2014-15'."),
        missing: z.array(z.string()).default([]).describe("Years inside the span that the data lacks."),
      })
      .optional()
      .describe("The years the data covers: no headline or summary may claim more."),
    plainWords: z
      .array(z.string().min(1))
      .default([])
      .describe("Proper names in the chapter's data that look like code words (BeCode, LiftEd): allowed in reader-facing text."),
    headline: z
      .string()
      .regex(/^F\d+\.\d+$/)
      .optional()
      .describe("The finding the home page shows for this chapter; the first finding when unset."),
  })
  .describe("A notebook's manifest.");
export type NotebookManifest = z.infer<typeof NotebookManifest>;
