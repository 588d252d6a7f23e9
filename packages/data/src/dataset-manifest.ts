import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { type DataDir, dataDirLabel } from "./data-dir.js";
import { DataError, MissingDataError } from "./data-error.js";
import { message } from "./messages.js";

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

/** How many missing files `requireDataFiles` names per dataset, and how many datasets; the rest are counted. */
const EXAMPLES = 3;
const DATASET_LINES = 10;

/**
 * Checks, before any long work starts, that the data directory holds every file of the datasets
 * a command reads (`datasets`: manifest ids; every manifest when left out). Throws one
 * `MissingDataError` of at most 15 lines: a folder that does not exist, is a file or is empty
 * says so in its first line; otherwise one line per dataset with files missing, counting them
 * and naming a few.
 *
 * @example
 * requireDataFiles(resolveDataDir(), readManifests(root), { datasets: ["indigo-pipeline-dataset"] });
 */
export function requireDataFiles(
  dataDir: DataDir,
  manifests: readonly DatasetManifest[],
  options: { datasets?: readonly string[] } = {},
): void {
  const needed = pickManifests(manifests, options.datasets);
  if (needed.length === 0) return;
  const ids = needed.map((m) => m.id);
  const label = dataDirLabel(dataDir);
  const stat = statSync(dataDir.path, { throwIfNoEntry: false });
  if (stat === undefined) fail(message.missingDataDir(label), dataDir, message.dataDirHint(ids));
  if (!stat.isDirectory()) fail(message.notADataDir(label), dataDir, message.dataDirHint(ids));
  const entries = readdirSync(dataDir.path).sort();
  if (entries.length === 0) fail(message.emptyDataDir(label), dataDir, message.dataDirHint(ids));
  const short = needed
    .map((m) => ({ m, missing: m.files.filter((f) => !existsSync(join(dataDir.path, f.path))).map((f) => f.path) }))
    .filter((s) => s.missing.length > 0);
  const first = short[0]?.missing[0];
  if (first === undefined) return;
  const lines = [
    message.missingDatasets(label, short.length),
    ...short.slice(0, DATASET_LINES).map(({ m, missing }) => {
      const examples = missing.slice(0, EXAMPLES).map((p) => (p.startsWith(`${m.dir}/`) ? p.slice(m.dir.length + 1) : p));
      return `  - ${message.missingDatasetFiles(m.id, m.dir, missing.length, m.files.length, examples)}`;
    }),
  ];
  if (short.length > DATASET_LINES) lines.push(`  ${message.moreDatasets(short.length - DATASET_LINES)}`);
  const all = short.reduce((n, s) => n + s.missing.length, 0) === needed.reduce((n, m) => n + m.files.length, 0);
  if (all) lines.push(message.dataDirHolds(entries));
  throw new MissingDataError(lines.join("\n"), { file: first, hint: message.missingDatasetsHint(short.map((s) => s.m.id)) });
}

/** The manifests of `ids`, in the order given; every manifest when `ids` is undefined. */
function pickManifests(manifests: readonly DatasetManifest[], ids: readonly string[] | undefined): readonly DatasetManifest[] {
  if (ids === undefined) return manifests;
  const unknown = ids.filter((id) => !manifests.some((m) => m.id === id));
  if (unknown.length > 0)
    throw new DataError(
      message.unknownManifest(
        unknown,
        manifests.map((m) => m.id),
      ),
      { file: `datasets/${unknown[0]}.json`, hint: message.unknownManifestHint },
    );
  return [...new Set(ids)].flatMap((id) => manifests.filter((m) => m.id === id));
}

function fail(summary: string, dataDir: DataDir, hint: string): never {
  throw new MissingDataError(summary, { file: dataDir.path, hint });
}
