import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import type { DataDir } from "./data-dir.js";
import { DataError, MissingDataError } from "./data-error.js";
import { HINT_DATA_DIR } from "./messages.js";

/** `datasets/<id>.json`: where a dataset comes from and which files the kit expects of it. */
export const DatasetManifest = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .describe("Stable id; the manifest's file name."),
    title: z.string(),
    publisher: z.string(),
    source: z.url().describe("Where a person reads about the dataset."),
    download: z.string().describe("Where, and in what form, the files can be downloaded."),
    licence: z.string().describe("What is known of the licence, and the attribution to give."),
    licenceName: z.string().min(1).describe("The licence as the publisher names it, or what is known when none is stated."),
    licenceUrl: z.url().optional().describe("Where the licence text is published."),
    access: z
      .enum(["public", "restricted"])
      .describe("As the publisher states it: public (anyone may download it) or restricted (on request or under an agreement)."),
    disclosure: z
      .enum(["records", "aggregates-only"])
      .default("records")
      .describe(
        "What this report may publish of it: records (project-level facts), or aggregates-only (survey microdata: only counts and shares that passed disclosure control; never free text or names).",
      ),
    snapshot: z.string(),
    dates: z
      .object({
        collected: z.string().optional().describe("When the data were collected, or the period they cover."),
        published: z.string().optional().describe("When the publisher released them."),
        retrieved: z.string().optional().describe("When the copy the kit reads was downloaded or mirrored."),
      })
      .describe("The dataset's own dates, as its publisher and its copy record them; never a file's modification time."),
    citation: z.string().min(1).describe("Key of the dataset's entry in the report's bibliography (reports/references.json)."),
    dir: z.string().describe("Folder of the dataset inside the data directory."),
    fetch: z
      .object({ url: z.url(), format: z.enum(["zip", "file"]) })
      .optional()
      .describe("Where `hnl data fetch` downloads the files from: a zip holding them, or a single file."),
    files: z
      .array(
        z.object({
          path: z.string().describe("Path relative to the data directory."),
          rows: z.number().int().nonnegative().nullable().default(null).describe("Data rows in the snapshot, if known."),
          loader: z.string().describe("The @hnl/data function that reads it."),
          sha256: z.string().length(64).optional().describe("Checksum recorded by the last `hnl data fetch`."),
        }),
      )
      .min(1),
  })
  .describe("A dataset's manifest.");
export type DatasetManifest = z.infer<typeof DatasetManifest>;

/** Every manifest in `<repoRoot>/datasets`, validated, sorted by id. */
export function readManifests(repoRoot: string): DatasetManifest[] {
  const dir = join(repoRoot, "datasets");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const parsed = DatasetManifest.safeParse(JSON.parse(readFileSync(join(dir, f), "utf8")));
      if (!parsed.success) {
        throw new DataError(`datasets/${f} is not a valid dataset manifest: ${z.prettifyError(parsed.error)}`, {
          file: `datasets/${f}`,
          hint: "Compare it with datasets/indigo-impact-bond-dataset.json.",
        });
      }
      return parsed.data;
    });
}

/**
 * Checks that every file the manifests list is in the data directory, before any long work
 * starts; throws one `DataError` listing each missing file.
 */
export function requireDataFiles(dataDir: DataDir, manifests: readonly DatasetManifest[]): void {
  const missing = manifests.flatMap((m) => m.files.filter((f) => !existsSync(join(dataDir.path, f.path))).map((f) => ({ m, f })));
  if (missing.length === 0) return;
  const list = missing.map(({ m, f }) => `  - ${f.path} (${m.title}; download: ${m.download})`).join("\n");
  throw new MissingDataError(`The data directory ${dataDir.path} lacks ${missing.length} file(s) the kit reads:\n${list}`, {
    file: missing[0]?.f.path ?? "",
    hint: HINT_DATA_DIR,
  });
}
