import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Notebook } from "./discover-notebooks.js";
import { NotebookError } from "./discover-notebooks.js";
import { IsoDate } from "./finding.js";

const NO_EMAIL = (s: string) => !/[^\s@]+@[^\s@]+\.[a-z]{2,}/i.test(s);
const noEmail = "no e-mail addresses: the public report never prints one; give a contact page instead";

/** A person named in the front matter: an editor, an author or a chapter's contributor. */
export const Person = z
  .object({
    name: z.string().min(1).refine(NO_EMAIL, noEmail),
    affiliation: z.string().refine(NO_EMAIL, noEmail).optional(),
    orcid: z
      .string()
      .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, "an ORCID iD such as 0000-0002-1825-0097")
      .optional(),
  })
  .describe("A person, with affiliation and ORCID iD when known.");
export type Person = z.infer<typeof Person>;

/** An organisation: a partner, co-host or publisher. */
export const Organisation = z
  .object({
    name: z.string().min(1),
    role: z.string().optional().describe("What it did, e.g. 'co-host', 'data partner'."),
    url: z.url().optional(),
  })
  .describe("An organisation named in the front matter.");
export type Organisation = z.infer<typeof Organisation>;

/** The report's front matter: who made it, when, under which licence, and how to cite it. */
export const FrontMatter = z
  .object({
    subtitle: z.string().optional(),
    abstract: z.string().default("").describe("A paragraph for the home page, the PDF cover and the citation files."),
    edition: z
      .object({
        version: z.string().min(1).default("0.1").describe("The edition's version, e.g. '1.0'."),
        date: IsoDate.optional().describe("The date of this edition (YYYY-MM-DD)."),
      })
      .default({ version: "0.1" }),
    editors: z.array(Person).default([]),
    authors: z.array(Person).default([]).describe("Authors of the report as a whole; chapters name their own contributors."),
    publisher: z.string().optional().describe("Who publishes the report, e.g. a research centre."),
    partners: z.array(Organisation).default([]).describe("Partners and co-hosts of the event."),
    licence: z
      .object({ name: z.string().min(1), url: z.url().optional(), spdx: z.string().optional() })
      .optional()
      .describe("The licence of the report's text (the data keep their own)."),
    contact: z
      .object({ name: z.string().min(1).refine(NO_EMAIL, noEmail), url: z.url() })
      .optional()
      .describe("Where readers write to: a contact page, never an e-mail address."),
    acknowledgements: z.string().optional(),
    event: z
      .object({
        name: z.string().min(1),
        start: IsoDate.optional(),
        end: IsoDate.optional(),
        location: z.string().optional(),
        teams: z.number().int().nonnegative().optional(),
        participants: z.number().int().nonnegative().optional(),
        description: z.string().optional(),
      })
      .optional(),
    url: z.url().optional().describe("Where the published report lives; used in citations."),
  })
  .describe("The report's front matter.");
export type FrontMatter = z.infer<typeof FrontMatter>;

/** The fields a public edition must fill in before it is published. */
export function missingFrontMatter(c: ReportConfig): string[] {
  const missing: string[] = [];
  if (c.editors.length === 0 && c.authors.length === 0) missing.push("editors or authors");
  if (c.edition.date === undefined) missing.push("edition.date");
  if (c.licence === undefined) missing.push("licence");
  if (c.contact === undefined) missing.push("contact");
  if (c.event === undefined || c.event.start === undefined) missing.push("event (with its start date)");
  if (c.abstract.trim() === "") missing.push("abstract");
  return missing;
}

/** `reports/report.json`: what report authors control. */
export const ReportConfig = z
  .object({
    title: z.string().default("INDIGO Hack-and-Learn: Technical and Learning Report"),
    chapters: z.array(z.string()).default([]).describe("Notebook slugs in the order they appear; notebooks not listed follow, by slug."),
    exclude: z.array(z.string()).default([]).describe("Notebook slugs left out of the report."),
    titles: z.record(z.string(), z.string()).default({}).describe("Chapter titles that replace a notebook's own."),
    bibliography: z.string().default("references.json").describe("CSL-JSON file of the works the report cites, relative to reports/."),
    drafts: z
      .enum(["refuse", "appendix"])
      .default("refuse")
      .describe("What a public edition does with findings not yet reviewed: refuse to build, or print them only in a marked appendix."),
  })
  .extend(FrontMatter.shape)
  .describe("The report's configuration.");
export type ReportConfig = z.infer<typeof ReportConfig>;

/** Reads reports/report.json (all fields optional), or the defaults when there is none. */
export function readReportConfig(reportDir: string): ReportConfig {
  const path = join(reportDir, "report.json");
  if (!existsSync(path)) return ReportConfig.parse({});
  const parsed = ReportConfig.safeParse(JSON.parse(readFileSync(path, "utf8")));
  if (!parsed.success) {
    throw new NotebookError(
      `reports/report.json is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
      "See the README's section on the report for its fields.",
    );
  }
  return parsed.data;
}

/** The chapters in the report's order, with excluded ones left out and titles replaced. */
export function orderChapters(notebooks: readonly Notebook[], config: ReportConfig): Notebook[] {
  const kept = notebooks.filter((nb) => !config.exclude.includes(nb.manifest.slug));
  const rank = (slug: string) => {
    const i = config.chapters.indexOf(slug);
    return i < 0 ? config.chapters.length : i;
  };
  return [...kept]
    .sort((a, b) => rank(a.manifest.slug) - rank(b.manifest.slug) || a.manifest.slug.localeCompare(b.manifest.slug))
    .map((nb) => {
      const title = config.titles[nb.manifest.slug];
      return title === undefined ? nb : { ...nb, manifest: { ...nb.manifest, title } };
    });
}
