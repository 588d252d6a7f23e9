import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, resolve, sep } from "node:path";
import {
  cellMeta,
  DATASETS,
  type DataDir,
  DataError,
  type DatasetDefinition,
  type DatasetManifest,
  findRepoRoot,
  readManifests,
} from "@hnl/data";
import type { z } from "zod";

/** One thing a built site must not publish, and where it was found. */
export interface PublicationFinding {
  /** `sensitive-value`: a value of a sensitive field; `row-level-records`: records shaped like the restricted table's rows. */
  check: "sensitive-value" | "row-level-records";
  /** The file, relative to the site's folder, with forward slashes. */
  file: string;
  /** The restricted dataset's manifest id. */
  dataset: string;
  /** The dataset's table, e.g. `responses`. */
  table: string;
  /** The sensitive field whose value was found; for row-level records, the restricted fields the records carry. */
  field: string;
  /** A few characters of the matched value (never the whole of it), or what the records look like. */
  excerpt: string;
}

/** What `checkPublication` looked at and found. */
export interface PublicationCheck {
  /** True when nothing was found. */
  ok: boolean;
  filesScanned: number;
  /** Each restricted dataset checked, with how many of its sensitive values were looked for. */
  restricted: { dataset: string; fields: string[]; values: number }[];
  findings: PublicationFinding[];
}

export interface CheckPublicationOptions {
  /** The built site, e.g. `reports/dist`. */
  distDir: string;
  /** The data directory the restricted datasets are loaded from (a `DataDir` or a path). */
  dataDir: DataDir | string;
  /** Where `datasets/*.json` are; the repository holding `distDir` by default. */
  repoRoot?: string;
  /** The manifests to read access levels from; `readManifests(repoRoot)` by default. */
  manifests?: readonly DatasetManifest[];
  /** The dataset definitions to load restricted datasets through; `DATASETS` by default. */
  datasets?: readonly DatasetDefinition[];
  /** Shortest value (after trimming) worth looking for: shorter ones are too common to identify anyone. Default 8. */
  minLength?: number;
  /** More answers too common to identify anyone, added to the built-in list (`not applicable`, `no comment`, ...). */
  commonAnswers?: readonly string[];
}

/** The kinds of file a built site publishes as text. */
export const SCANNED_EXTENSIONS = [".html", ".htm", ".json", ".csv", ".tsv", ".js", ".mjs", ".svg", ".txt", ".md", ".xml"] as const;

/** Answers many respondents give, which identify no one (compared lower-case, end punctuation dropped). */
export const COMMON_ANSWERS = [
  "test",
  "n/a",
  "na",
  "none",
  "nothing",
  "not applicable",
  "not at this time",
  "nothing at this time",
  "none at this time",
  "none right now",
  "no comment",
  "no comments",
  "no response",
  "no answer",
  "prefer not to answer",
  "prefer not to say",
  "not sure",
  "i'm not sure",
  "i am not sure",
  "don't know",
  "i don't know",
  "i do not know",
  "do not know",
  "unknown",
  "see above",
  "same as above",
  "as above",
  "thank you",
  "thanks",
  "#name?",
] as const;

/** A sentence of a long free-text answer shorter than this is not looked for on its own. */
const FRAGMENT_LENGTH = 40;

/** The messages of the guard, as functions, so tests can assert them exactly. */
export const publicationMessage = {
  noDefinition: (id: string) =>
    `The dataset ${id} may be published only as aggregates, but the kit has no definition to load it with, so the site cannot be checked for it.`,
  noDefinitionHint: "Add its DatasetDefinition to DATASETS in @hnl/data, or pass it in `datasets`.",
  sensitiveValue: (f: PublicationFinding) =>
    `${f.file} contains a value of ${f.dataset} ${f.table}.${f.field} ("${f.excerpt}"), a sensitive field of a dataset published only as aggregates.`,
  rowLevel: (f: PublicationFinding) => `${f.file} contains row-level records of ${f.dataset} ${f.table}: ${f.excerpt} (fields ${f.field}).`,
  hint: "Publish only aggregates that passed disclosure control (publishSurveyTable in @hnl/survey); never free text, names or rows of a dataset published only as aggregates.",
} as const;

/** Lower case, entities and escapes decoded, runs of white space made one space: how values and files are compared. */
export function normalizeForMatch(text: string): string {
  return decodeEscapes(text).toLowerCase().replace(/\s+/g, " ").trim();
}

/**
 * Checks a built site before it is published: no file (html, json, csv, js, svg, ...) may hold
 * a value of a `sensitive` field of a dataset whose manifest says `"disclosure": "aggregates-only"`
 * (survey microdata, whatever its licence), nor
 * records shaped like that dataset's rows.
 *
 * 1. Sensitive values: each restricted dataset is loaded through its `DatasetDefinition`; the
 *    values of its sensitive fields (free text, agency names, postal-code fragments) of at least
 *    `minLength` characters are looked for, as are the sentences of 40 characters or more of a
 *    long answer, so a quoted sentence is found too. Values that identify no one are skipped:
 *    common answers (`COMMON_ANSWERS`, `commonAnswers`), text the dataset publishes itself (its
 *    codebook, column titles, answer options), and short everyday phrases: a value under four
 *    words and 30 characters is looked for only when it looks like a name (`Street Health`,
 *    `YWCA Toronto`, `YouthLink`), not when it is a phrase like `food security`. Files are compared case-insensitively with
 *    HTML entities, `\u` escapes and percent-encoding (a CSV download's data: URL) decoded; a
 *    value matches only as whole words.
 * 2. Row-level records: a JSON value, flat object literal, CSV header or HTML table header that
 *    carries three or more field names (or column titles) of a restricted table, or an array of
 *    objects that carry its identifying first field (`respondent`).
 *
 * Loading a restricted dataset needs its data; a restricted dataset the kit cannot load is an
 * error, never a pass.
 *
 * @example
 * const result = await checkPublication({ distDir: "reports/dist", dataDir: resolveDataDir() });
 * if (!result.ok) for (const f of result.findings) console.error(formatPublicationFinding(f));
 */
export async function checkPublication(options: CheckPublicationOptions): Promise<PublicationCheck> {
  const distDir = resolve(options.distDir);
  const dataDir: DataDir = typeof options.dataDir === "string" ? { path: resolve(options.dataDir), source: "flag" } : options.dataDir;
  const manifests = options.manifests ?? readManifests(options.repoRoot ?? findRepoRoot(distDir));
  const definitions = options.datasets ?? DATASETS;
  const minLength = options.minLength ?? 8;
  const common = new Set([...COMMON_ANSWERS, ...(options.commonAnswers ?? [])].map(commonKey));

  const needles: Needle[] = [];
  const tables: RestrictedTable[] = [];
  const restricted: PublicationCheck["restricted"] = [];
  for (const manifest of manifests.filter((m) => m.disclosure === "aggregates-only")) {
    const definition = definitions.find((d) => d.id === manifest.id);
    if (definition === undefined) {
      throw new DataError(publicationMessage.noDefinition(manifest.id), {
        file: `datasets/${manifest.id}.json`,
        hint: publicationMessage.noDefinitionHint,
      });
    }
    const found = await restrictedValues(definition, dataDir, minLength, common);
    needles.push(...found.needles);
    tables.push(...found.tables);
    restricted.push({ dataset: definition.id, fields: found.fields, values: found.needles.length });
  }

  const matcher = new Matcher(needles, minLength);
  const findings: PublicationFinding[] = [];
  const files = listFiles(distDir).filter((f) => (SCANNED_EXTENSIONS as readonly string[]).includes(extname(f).toLowerCase()));
  for (const path of files) {
    const file = relative(distDir, path).split(sep).join("/");
    const text = readFileSync(path, "utf8");
    findings.push(
      ...matcher
        .find(normalizeForMatch(text))
        .map((n) => ({ check: "sensitive-value" as const, file, ...n.source, excerpt: excerpt(n.text) })),
    );
    findings.push(
      ...rowLevelRecords(text, extname(path).toLowerCase(), tables).map((r) => ({ check: "row-level-records" as const, file, ...r })),
    );
  }
  return { ok: findings.length === 0, filesScanned: files.length, restricted, findings };
}

/** A finding as one line a person can act on. */
export function formatPublicationFinding(f: PublicationFinding): string {
  return `✖ ${f.check === "sensitive-value" ? publicationMessage.sensitiveValue(f) : publicationMessage.rowLevel(f)}`;
}

interface Needle {
  /** The value as compared (normalized). */
  text: string;
  source: { dataset: string; table: string; field: string };
}

interface RestrictedTable {
  dataset: string;
  table: string;
  /** Field names and column titles, as compared (lower case). */
  names: Set<string>;
  /** The table's first field (its ID, e.g. `respondent`) and that field's column title. */
  id: Set<string>;
}

async function restrictedValues(
  definition: DatasetDefinition,
  dataDir: DataDir,
  minLength: number,
  common: Set<string>,
): Promise<{ needles: Needle[]; tables: RestrictedTable[]; fields: string[] }> {
  const load = await definition.load(dataDir, { mode: "lenient" });
  const needles = new Map<string, Needle>();
  const tables: RestrictedTable[] = [];
  const fields: string[] = [];
  // Text the dataset itself publishes: its codebook, column titles, answer options, descriptions.
  const publicText: string[] = [];
  const candidates: Needle[] = [];
  for (const table of definition.tables) {
    const shape = table.schema.shape;
    const sensitive = new Set(Object.keys(shape).filter((f) => cellMeta(shape[f] as z.ZodType)?.sensitive === true));
    const names = new Set<string>();
    for (const [field, schema] of Object.entries(shape)) {
      const meta = cellMeta(schema);
      names.add(field.toLowerCase());
      if (meta !== undefined) {
        names.add(meta.column.toLowerCase());
        publicText.push(meta.column, meta.description);
        if (Array.isArray(meta.values)) publicText.push(...(meta.values as unknown[]).map(String));
      }
    }
    const first = Object.keys(shape)[0];
    const firstColumn = first === undefined ? undefined : cellMeta(shape[first] as z.ZodType)?.column;
    tables.push({
      dataset: definition.id,
      table: table.name,
      names,
      id: new Set([first, firstColumn].filter((x): x is string => x !== undefined).map((x) => x.toLowerCase())),
    });
    fields.push(...[...sensitive].map((f) => `${table.name}.${f}`));
    for (const record of (load[table.name]?.records ?? []) as Record<string, unknown>[]) {
      for (const [field, value] of Object.entries(record)) {
        if (typeof value !== "string") continue;
        if (!sensitive.has(field)) {
          publicText.push(value);
          continue;
        }
        const source = { dataset: definition.id, table: table.name, field };
        const whole = normalizeForMatch(value);
        if (identifying(value)) candidates.push({ text: whole, source });
        // A long answer's sentences, so that quoting one sentence of it is found too.
        if (whole.length > FRAGMENT_LENGTH * 2) {
          for (const sentence of whole.split(/(?<=[.!?;:])\s+/)) {
            if (sentence.length >= FRAGMENT_LENGTH && sentence !== whole) candidates.push({ text: sentence, source });
          }
        }
      }
    }
  }
  const published = normalizeForMatch(publicText.join("\n"));
  for (const c of candidates) {
    if (c.text.length < minLength || !/\p{L}/u.test(c.text) || common.has(commonKey(c.text)) || needles.has(c.text)) continue;
    if (published.includes(c.text)) continue;
    needles.set(c.text, c);
  }
  return { needles: [...needles.values()], tables, fields };
}

/**
 * Whether a value could identify someone on its own. A long value (four words or more, or 30
 * characters) always could. A short one only when it looks like a name: a capitalised word
 * after the first (`Street Health`), an acronym (`YWCA Toronto`), a word with inner capitals or
 * digits (`YouthLink`, `M6M`). Short everyday answers (`food security`, `Addictions`) identify
 * no one, and would match other pages' prose.
 */
function identifying(value: string): boolean {
  const words = value.trim().split(/\s+/);
  if (words.length >= 4 || value.trim().length >= 30) return true;
  return words.slice(1).some((w) => /^\p{Lu}/u.test(w)) || words.some((w) => /\p{Lu}{2,}|\p{Ll}\p{Lu}|\d/u.test(w));
}

/**
 * Finds every needle in a text in one pass: each needle is filed under its first `keyLength`
 * characters, and each position of the text looks up its own; a two-character prefilter skips
 * most positions without building a string. A match must start and end at a word boundary.
 */
class Matcher {
  private readonly byKey = new Map<string, Needle[]>();
  private readonly pairs = new Set<number>();

  constructor(
    needles: readonly Needle[],
    private readonly keyLength: number,
  ) {
    for (const n of needles) {
      const key = n.text.slice(0, keyLength);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), n]);
      this.pairs.add(n.text.charCodeAt(0) * 65536 + n.text.charCodeAt(1));
    }
  }

  find(text: string): Needle[] {
    if (this.byKey.size === 0) return [];
    const found = new Map<string, Needle>();
    for (let i = 0; i + this.keyLength <= text.length; i++) {
      if (!this.pairs.has(text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1))) continue;
      const candidates = this.byKey.get(text.slice(i, i + this.keyLength));
      if (candidates === undefined) continue;
      for (const n of candidates) {
        if (found.has(n.text) || !text.startsWith(n.text, i)) continue;
        if (isWordChar(text, i - 1) && isWordChar(text, i)) continue;
        const end = i + n.text.length;
        if (isWordChar(text, end) && isWordChar(text, end - 1)) continue;
        found.set(n.text, n);
      }
    }
    return [...found.values()];
  }
}

function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /[\p{L}\p{N}_]/u.test(text[i] ?? "");
}

/** Field names of a restricted table that a file's records, table headers or object literals carry. */
function rowLevelRecords(text: string, ext: string, tables: readonly RestrictedTable[]): Omit<PublicationFinding, "check" | "file">[] {
  if (tables.length === 0) return [];
  const out: Omit<PublicationFinding, "check" | "file">[] = [];
  for (const t of tables) {
    const hits = recordShapes(text, ext, t);
    if (hits.count === 0) continue;
    out.push({
      dataset: t.dataset,
      table: t.table,
      field: [...hits.fields].sort().slice(0, 6).join(", "),
      excerpt: `${hits.count} ${hits.what}`,
    });
  }
  return out;
}

function recordShapes(text: string, ext: string, t: RestrictedTable): { count: number; fields: Set<string>; what: string } {
  const fields = new Set<string>();
  const restrictedKeys = (keys: Iterable<string>) => [...keys].map((k) => k.trim().toLowerCase()).filter((k) => t.names.has(k));
  const isRecord = (keys: string[], inArrayWithId: boolean) => {
    const hit = restrictedKeys(keys);
    if (hit.length >= Math.min(3, t.names.size) || (inArrayWithId && hit.some((k) => t.id.has(k)))) {
      for (const k of hit) fields.add(k);
      return true;
    }
    return false;
  };

  if (ext === ".json") {
    try {
      let count = 0;
      const walk = (v: unknown, inArray: boolean) => {
        if (Array.isArray(v)) {
          const header = v[0];
          if (Array.isArray(header) && header.every((h) => typeof h === "string") && isRecord(header, v.length > 1)) count += v.length - 1;
          const objects = v.filter((x) => typeof x === "object" && x !== null && !Array.isArray(x)).length;
          for (const x of v) walk(x, objects > 1);
        } else if (typeof v === "object" && v !== null) {
          if (isRecord(Object.keys(v), inArray)) count++;
          for (const x of Object.values(v)) walk(x, false);
        }
      };
      walk(JSON.parse(text), false);
      return { count, fields, what: "JSON objects shaped like its rows" };
    } catch {
      // Not valid JSON: read it as text below.
    }
  }
  if (ext === ".csv" || ext === ".tsv") {
    const header = (text.split(/\r?\n/, 1)[0] ?? "").split(ext === ".tsv" ? "\t" : ",").map((h) => h.replace(/^"|"$/g, ""));
    const rows = text.split(/\r?\n/).filter((l) => l.trim() !== "").length - 1;
    return { count: isRecord(header, rows > 1) ? rows : 0, fields, what: "CSV rows under its column names" };
  }
  // HTML tables: a header row naming its columns.
  let count = 0;
  let what = "";
  for (const m of text.matchAll(/<thead[^>]*>([\s\S]*?)<\/thead>/gi)) {
    const heads = [...(m[1] ?? "").matchAll(/<th[^>]*>([\s\S]*?)<\/th>/gi)].map((h) => decodeEscapes((h[1] ?? "").replace(/<[^>]+>/g, "")));
    if (isRecord(heads, true)) {
      count++;
      what = "HTML tables with its column names";
    }
  }
  // Object literals in scripts or embedded JSON: `{"respondent":12,"q1_1":true,...}`.
  let objects = 0;
  let withId = 0;
  for (const m of text.matchAll(/\{[^{}]{0,20000}\}/g)) {
    const keys = [...(m[0] ?? "").matchAll(/["']?([A-Za-z_][\w .-]{0,200}?)["']?\s*:/g)].map((k) => k[1] ?? "");
    const hit = restrictedKeys(keys);
    if (hit.length >= Math.min(3, t.names.size)) {
      objects++;
      for (const k of hit) fields.add(k);
    } else if (hit.some((k) => t.id.has(k))) {
      withId++;
      for (const k of hit) fields.add(k);
    }
  }
  if (withId > 1) objects += withId;
  if (objects > 0) {
    count += objects;
    what = what === "" ? "object literals shaped like its rows" : `${what} and object literals shaped like its rows`;
  }
  return { count, fields, what };
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  ndash: "–",
  mdash: "—",
  hellip: "…",
};

/** HTML entities, JSON/JS `\u` escapes and escaped quotes, and percent-encoding, decoded. */
function decodeEscapes(text: string): string {
  return text
    .replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    })
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === "#") {
        const code = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[e.toLowerCase()] ?? all;
    })
    .replace(/\\u([0-9a-f]{4})/gi, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)))
    .replace(/\\[nrt]/g, " ")
    .replace(/\\(["'\\/])/g, "$1");
}

function commonKey(text: string): string {
  return normalizeForMatch(text).replace(/[.!?\s]+$/, "");
}

function excerpt(text: string): string {
  return text.length <= 10 ? `${text.slice(0, 4)}…` : `${text.slice(0, 10)}…`;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
