/**
 * What a fork renames so that it shares no number with its source: the finding ids (F2.x → F7.x
 * for the fork's own challenge) and the ids of its figures and tables (each given the fork's slug
 * as a suffix, since the report numbers a figure id once and links evidence to its first page).
 */
export interface ForkRenames {
  /** The source's challenge, whose finding ids are renumbered (null: the source numbers none). */
  fromChallenge: number | null;
  toChallenge: number;
  /** Figure and table ids: source id → fork id. */
  figures: ReadonlyMap<string, string>;
  /** The source's and the fork's slugs (a template id `x-${a}` gets the suffix too). */
  fromSlug: string;
  toSlug: string;
}

/** A text file of a notebook: path relative to the notebook folder, and its text. */
export interface NotebookText {
  path: string;
  text: string;
}

/** `id: "x"`, `id = "x"`, `fig.id = "x"` in code, and `id="x"` in a page's HTML. */
const DECLARED = /\bid\s*[:=]\s*(["'])([A-Za-z][\w-]*)\1/g;
/** `[@fig:x]` in a page. */
const CITED = /\[@fig:([A-Za-z0-9_-]+)\]/g;
/** A source file that draws figures or tables: its `id:` strings are their anchors. */
const DRAWS = /@hnl\/charts|<figure|<table|[Tt]able\(|[Ff]igure\(/;

/**
 * The ids of the figures and tables a notebook declares, which the report needs unique: ids set
 * in its pages (`id="x"`, `fig.id = "x"`) and cited there (`[@fig:x]`), ids its loaders and
 * helpers pass when they draw a figure or a table, and the evidence of its findings. Tests only
 * name them, so they declare none; one- and two-letter ids are examples in comments.
 *
 * @example
 * figureIds([{ path: "src/data/a.html.ts", text: 'import { figure } from "@hnl/charts"; figure({ id: "by-stage" })' }], [])
 * // ["by-stage"]
 */
export function figureIds(files: readonly NotebookText[], evidence: readonly string[]): string[] {
  const ids = new Set<string>(evidence);
  for (const f of files) {
    if (!/^(src|scripts)\//.test(f.path)) continue;
    if (f.path.endsWith(".md")) for (const m of f.text.matchAll(CITED)) ids.add(m[1] ?? "");
    if (!f.path.endsWith(".md") && !DRAWS.test(f.text)) continue;
    for (const m of f.text.matchAll(DECLARED)) ids.add(m[2] ?? "");
  }
  return [...ids].filter((id) => id.length >= 3).sort();
}

/**
 * A figure id of the source as the fork's: the fork's slug as a suffix, in place of the source's
 * own suffix when the source was itself a fork.
 *
 * @example
 * forkFigureId("projects-by-country", "02-sdg-outcomes", "07-our-team") // "projects-by-country-07-our-team"
 * forkFigureId("by-stage-07-our-team", "07-our-team", "08-next") // "by-stage-08-next"
 */
export function forkFigureId(id: string, fromSlug: string, toSlug: string): string {
  const base = id.endsWith(`-${fromSlug}`) ? id.slice(0, -fromSlug.length - 1) : id;
  return `${base}-${toSlug}`;
}

/** Properties whose value names a figure or table (`id: "x"`, `figure: "x"`, `evidence: "x"`). */
const NAMES_A_FIGURE = /^(id|\w*[Ff]ig(ure)?(Id)?s?|\w*[Aa]nchor|evidence|href)$/;

/**
 * Whether a string that starts right after `before` is the value of a property that does not
 * name a figure (`table: "operations"`, `"field": "x"`): a key or a label that happens to equal a
 * figure id, which a fork keeps. A bare string, the value of `id:` or `figure:`, an array item or
 * an object key is renamed.
 */
function isOtherPropertyValue(before: string): boolean {
  const m = /(?:^|[^\w$])([A-Za-z_$][\w$]*)["']?\s*:\s*["'`]$/.exec(before);
  return m !== null && !NAMES_A_FIGURE.test(m[1] ?? "");
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A file of the source as the fork's: finding ids of the source's challenge renumbered for the
 * fork's (`F2.1` → `F7.1`, wherever written: findings, pages, tests, loaders), and figure ids
 * renamed where they stand as a whole string (`"x"`, `'x'`), an anchor (`#x`) or a citation
 * (`[@fig:x]`); `data/x.html` and other names that merely contain an id stay. An id a loader
 * builds from a template (`` id: `followed-by-${by}` ``) in a file that draws figures (`path`,
 * relative to the notebook) gets the same suffix.
 *
 * @example
 * renumberText('[@F2.1] and [@fig:by-country]', { fromChallenge: 2, toChallenge: 7, figures: new Map([["by-country", "by-country-07-x"]]), fromSlug: "02-a", toSlug: "07-x" })
 * // "[@F7.1] and [@fig:by-country-07-x]"
 */
export function renumberText(text: string, r: ForkRenames, path = "src/x.ts"): string {
  let out = text;
  if (r.fromChallenge !== null && r.fromChallenge !== r.toChallenge)
    out = out.replace(new RegExp(`(?<![\\w.])F${r.fromChallenge}\\.(\\d+)(?!\\d)`, "g"), `F${r.toChallenge}.$1`);
  // ... in an id a test builds from a template (`F2.${i + 1}`) ...
  if (r.fromChallenge !== null && r.fromChallenge !== r.toChallenge)
    out = out.replace(new RegExp(`(?<![\\w.])F${r.fromChallenge}\\.(?=\\$\\{)`, "g"), `F${r.toChallenge}.`);
  // ... and in a pattern that tests match ids with (/^F2\.\d$/).
  if (r.fromChallenge !== null && r.fromChallenge !== r.toChallenge)
    out = out.replace(new RegExp(`(?<![\\w.])F${r.fromChallenge}(?=\\\\\\.)`, "g"), `F${r.toChallenge}`);
  if (r.figures.size > 0) {
    const ids = [...r.figures.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join("|");
    const pattern = new RegExp(
      `(?<=["'\`])(?:${ids})(?=["'\`])|(?<=#)(?:${ids})(?=[\\s"'\`)\\]{},:]|$)|(?<=\\[@fig:)(?:${ids})(?=\\])`,
      "gm",
    );
    out = out.replace(pattern, (id, offset: number, whole: string) =>
      isOtherPropertyValue(whole.slice(Math.max(0, offset - 80), offset)) ? id : (r.figures.get(id) ?? id),
    );
  }
  // An id built from a template where figures are drawn: the same suffix, after the template.
  if (/^(src|scripts)\/.*\.[mc]?[jt]s$/.test(path) && DRAWS.test(text))
    out = out.replace(
      /(\bid\s*:\s*`)([^`]*\$\{[^`]*)`/g,
      (_m, head: string, body: string) => `${head}${forkFigureId(body, r.fromSlug, r.toSlug)}\``,
    );
  return out;
}
