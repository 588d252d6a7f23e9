import { z } from "zod";

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
  })
  .describe("A notebook's manifest.");
export type NotebookManifest = z.infer<typeof NotebookManifest>;
