import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { Notebook } from "./discover-notebooks.js";
import { NotebookError } from "./discover-notebooks.js";

/** `reports/report.json`: what report authors control. */
export const ReportConfig = z
  .object({
    title: z.string().default("INDIGO Hack-and-Learn: Technical and Learning Report"),
    chapters: z.array(z.string()).default([]).describe("Notebook slugs in the order they appear; notebooks not listed follow, by slug."),
    exclude: z.array(z.string()).default([]).describe("Notebook slugs left out of the report."),
    titles: z.record(z.string(), z.string()).default({}).describe("Chapter titles that replace a notebook's own."),
    bibliography: z.string().default("references.json").describe("CSL-JSON file of the works the report cites, relative to reports/."),
  })
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
