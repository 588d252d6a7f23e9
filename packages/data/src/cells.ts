import countries from "i18n-iso-countries";
import { z } from "zod";
import { message } from "./messages.js";

/**
 * Cell schemas: each takes the raw text of one CSV cell (or undefined when the column is absent)
 * and yields a typed value, `null` for a blank cell. Blank is never zero.
 *
 * Each carries `.meta()` with the CSV column title it reads, the field's description and its
 * type name, so a table schema built from them is also the data dictionary.
 */

/** Metadata every cell schema carries; the data dictionary is generated from it. */
export interface CellMeta {
  [key: string]: unknown;
  /** The cell's parser, when built with `cell()`: the loader's fast path runs it directly. */
  parse?: CellParser<unknown>;
  column: string;
  description: string;
  type: string;
  required: boolean;
  missing?: readonly string[];
  sensitive?: boolean;
  /** The data standard's codelist this cell's values must come from (see `loadTable`'s `codelists`). */
  codelist?: CodelistRef;
}

/**
 * A pointer into a data standard's codelists, `<schema file>#<field path>`, e.g.
 * `project.json#/stage_development/value`. `warn`: values off the list are kept and counted in a
 * warning (for fields whose published export departs from the standard), instead of rejected.
 */
export interface CodelistRef {
  path: string;
  onUnknown?: "warn";
}

const raw = z.string().optional();

/** Trimmed text, or null when the cell is blank or one of the `missing` tokens (e.g. "NA"). */
export function blankToNull(value: string | undefined, missing: readonly string[] = []): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === "" || missing.includes(trimmed) ? null : trimmed;
}

/** What a cell parser returns: the typed value, or what was expected and a hint. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; expected: string; hint: string; value: string };

/** A cell parser: the one place a cell type's rule lives, used by the zod schema and the loader alike. */
export type CellParser<T> = (raw: string | undefined) => CellResult<T>;

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = (expected: string, hint: string, value: string): CellResult<never> => ({ ok: false, expected, hint, value });

/**
 * Builds a cell schema from a parser: a zod transform from the raw text that yields the parser's
 * value or reports its located issue, with the parser kept in `.meta().parse` so a loader can run
 * the very same rule without zod's per-object overhead (see `loadTable`).
 */
export function cell<T>(meta: CellMeta, parse: CellParser<T>) {
  return raw
    .transform((v, ctx): T => {
      const r = parse(v);
      if (r.ok) return r.value;
      ctx.addIssue({ code: "custom", message: r.expected, params: { expected: r.expected, hint: r.hint, value: r.value } });
      return z.NEVER;
    })
    .meta({ ...meta, parse });
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** Parses `1250000`, `1,250,000.50`, `-3.5e6`; returns NaN for anything else. */
export function parseNumber(text: string): number {
  const t = text.trim();
  if (t === "" || !NUMBER.test(t) || !/\d/.test(t)) return Number.NaN;
  return Number(t.replaceAll(",", ""));
}

export interface CellOptions {
  column: string;
  description: string;
  /** Tokens that mean "no value" in this column, such as "NA"; read as null like a blank. */
  missing?: readonly string[];
  /**
   * Personal or contact data, or free text written by a respondent (e-mail, street address,
   * agency name, open answers): loaders keep it, the public report never shows it.
   */
  sensitive?: boolean;
  /** Values must be codes of this codelist of the data standard (checked when the loader has it). */
  codelist?: CodelistRef;
}

function metaOf(o: CellOptions, type: string, required: boolean): CellMeta {
  return {
    column: o.column,
    description: o.description,
    type,
    required,
    ...(o.missing ? { missing: o.missing } : {}),
    ...(o.sensitive ? { sensitive: true } : {}),
    ...(o.codelist ? { codelist: o.codelist } : {}),
  };
}

/** Free text; null when blank. */
export function textCell(o: CellOptions) {
  return cell(metaOf(o, "text", false), (v) => ok(blankToNull(v, o.missing)));
}

/** Text that must be present: the row is rejected when it is blank. */
export function requiredTextCell(o: CellOptions) {
  return cell(metaOf(o, "text", true), (v) => {
    const t = blankToNull(v, o.missing);
    return t === null ? bad(message.expectedRequired, message.requiredHint, v ?? "") : ok(t);
  });
}

/**
 * The stated bound of every number and amount: beyond it a sum is no longer exact in a double
 * (2^53 - 1, about 9 quadrillion), and no real amount in these datasets comes near it; a value
 * such as 1e308 is a corrupt or test value, not data.
 */
export const MAX_MAGNITUDE = Number.MAX_SAFE_INTEGER;

/** A number written as text; null when blank. With `min`, smaller numbers are rejected (amounts, counts). */
export function numberCell(o: CellOptions & { min?: number }) {
  const meta = { ...metaOf(o, "number", false), max: MAX_MAGNITUDE, ...(o.min === undefined ? {} : { min: o.min }) };
  return cell(meta, (v) => {
    const t = blankToNull(v, o.missing);
    if (t === null) return ok(null);
    const n = parseNumber(t);
    if (!Number.isFinite(n)) return bad(message.expectedNumber, message.numberHint, t);
    if (Math.abs(n) > MAX_MAGNITUDE) return bad(message.expectedWithin(MAX_MAGNITUDE), message.tooLargeHint, t);
    return o.min !== undefined && n < o.min ? bad(message.expectedAtLeast(o.min), message.negativeHint, t) : ok(n);
  });
}

/** A whole number written as text; null when blank. */
export function integerCell(o: CellOptions) {
  return cell(metaOf(o, "integer", false), (v) => {
    const t = blankToNull(v, o.missing);
    if (t === null) return ok(null);
    const n = parseNumber(t);
    return Number.isInteger(n) ? ok(n) : bad(message.expectedInteger, message.numberHint, t);
  });
}

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** Whether a full date's day exists in its month (30 February and 31 April do not). */
function dayExists(text: string): boolean {
  if (text.length !== 10) return true;
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

/** A partial ISO date (`2018`, `2018-03`, `2018-03-15`) kept as text; null when blank. A day that does not exist (2021-02-30) is rejected. */
export function partialDateCell(o: CellOptions) {
  return cell(metaOf(o, "partial date", false), (v) => {
    const t = blankToNull(v, o.missing);
    if (t === null) return ok(null);
    if (!PARTIAL_DATE.test(t)) return bad(message.expectedPartialDate, message.dateHint, t);
    return dayExists(t) ? ok(t) : bad(message.expectedRealDate, message.realDateHint, t);
  });
}

/** An ISO 3166-1 alpha-2 code, checked against the i18n-iso-countries list; null when blank. */
export function countryCell(o: CellOptions) {
  return cell(metaOf(o, "country code", false), (v) => {
    const t = blankToNull(v, o.missing);
    if (t === null) return ok(null);
    return /^[A-Z]{2}$/.test(t) && countries.isValid(t) ? ok(t) : bad(message.expectedCountryCode, message.countryHint, t);
  });
}

/** A comma-separated list (`source2, source4`); empty list when blank. */
export function listCell(o: CellOptions) {
  return cell(metaOf(o, "list of text", false), (v) =>
    ok(
      (blankToNull(v, o.missing) ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    ),
  );
}

const MONEY = /^[+-]?(?:₹|Rs\.?|INR|US\$|\$|£|€)?\s*[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/i;

/**
 * Parses money written as text: `853,700,000.00`, `₹ 10.44`, `Rs. 1,200`, `-5`; NaN for
 * anything else (words, ranges, two numbers). The unit is the column's, not the text's.
 */
export function parseMoney(text: string): number {
  const t = text.trim();
  if (!MONEY.test(t)) return Number.NaN;
  const negative = /^-|^[^\d]*-/.test(t);
  const digits = t.replace(/^[+-]?(?:₹|Rs\.?|INR|US\$|\$|£|€)?\s*[+-]?/i, "").replaceAll(",", "");
  const n = Number(digits);
  return negative ? -n : n;
}

/** An amount of money written as text, in the column's `unit` (e.g. "INR", "INR crore"); null when blank. */
export function moneyCell(o: CellOptions & { unit: string }) {
  return cell({ ...metaOf(o, `money (${o.unit})`, false), unit: o.unit, max: MAX_MAGNITUDE }, (v) => {
    const t = blankToNull(v, o.missing);
    if (t === null) return ok(null);
    const n = parseMoney(t);
    if (!Number.isFinite(n)) return bad(message.expectedMoney(o.unit), message.moneyHint, t);
    return Math.abs(n) > MAX_MAGNITUDE ? bad(message.expectedWithin(MAX_MAGNITUDE), message.tooLargeHint, t) : ok(n);
  });
}

/** One of a fixed list of values (compared after trimming); null when blank. */
export function enumCell<const V extends readonly [string, ...string[]]>(o: CellOptions & { values: V }) {
  return cell({ ...metaOf(o, "code", false), values: o.values }, (v): CellResult<V[number] | null> => {
    const t = blankToNull(v, o.missing);
    if (t === null) return ok(null);
    return (o.values as readonly string[]).includes(t) ? ok(t as V[number]) : bad(message.expectedOneOf(o.values), message.enumHint, t);
  });
}

/** Yes/no written as YES/NO, Yes/No, TRUE/FALSE or 1/0; null when blank. */
export function booleanCell(o: CellOptions) {
  return cell(metaOf(o, "yes/no", false), (v) => {
    const t = blankToNull(v, o.missing);
    if (t === null) return ok(null);
    const k = t.toLowerCase();
    if (k === "yes" || k === "true" || k === "1") return ok(true);
    if (k === "no" || k === "false" || k === "0") return ok(false);
    return bad(message.expectedBoolean, message.booleanHint, t);
  });
}

/** The metadata of a cell schema built by this module, or undefined for any other schema. */
export function cellMeta(schema: z.ZodType): CellMeta | undefined {
  const meta = schema.meta() as Partial<CellMeta> | undefined;
  return meta && typeof meta.column === "string" ? (meta as CellMeta) : undefined;
}
