import countries from "i18n-iso-countries";
import { z } from "zod";
import { message as baseMessage } from "./messages.js";
import { message as fetchMessage } from "./messages-fetch.js";

const message = { ...baseMessage, ...fetchMessage };

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
  column: string;
  description: string;
  type: string;
  required: boolean;
  missing?: readonly string[];
  sensitive?: boolean;
}

const raw = z.string().optional();

/** Trimmed text, or null when the cell is blank or one of the `missing` tokens (e.g. "NA"). */
export function blankToNull(value: string | undefined, missing: readonly string[] = []): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === "" || missing.includes(trimmed) ? null : trimmed;
}

function fail(ctx: z.core.$RefinementCtx<unknown>, expected: string, hint: string, value: string): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message: expected, params: { expected, hint, value } });
  return z.NEVER;
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
}

function metaOf(o: CellOptions, type: string, required: boolean): CellMeta {
  return {
    column: o.column,
    description: o.description,
    type,
    required,
    ...(o.missing ? { missing: o.missing } : {}),
    ...(o.sensitive ? { sensitive: true } : {}),
  };
}

/** Free text; null when blank. */
export function textCell(o: CellOptions) {
  return raw.transform((v) => blankToNull(v, o.missing)).meta(metaOf(o, "text", false));
}

/** Text that must be present: the row is rejected when it is blank. */
export function requiredTextCell(o: CellOptions) {
  return raw
    .transform((v, ctx) => blankToNull(v, o.missing) ?? fail(ctx, message.expectedRequired, message.requiredHint, v ?? ""))
    .meta(metaOf(o, "text", true));
}

/** A number written as text; null when blank. With `min`, smaller numbers are rejected (amounts, counts). */
export function numberCell(o: CellOptions & { min?: number }) {
  return raw
    .transform((v, ctx) => {
      const t = blankToNull(v, o.missing);
      if (t === null) return null;
      const n = parseNumber(t);
      if (!Number.isFinite(n)) return fail(ctx, message.expectedNumber, message.numberHint, t);
      return o.min !== undefined && n < o.min ? fail(ctx, message.expectedAtLeast(o.min), message.negativeHint, t) : n;
    })
    .meta({ ...metaOf(o, "number", false), ...(o.min === undefined ? {} : { min: o.min }) });
}

/** A whole number written as text; null when blank. */
export function integerCell(o: CellOptions) {
  return raw
    .transform((v, ctx) => {
      const t = blankToNull(v, o.missing);
      if (t === null) return null;
      const n = parseNumber(t);
      return Number.isInteger(n) ? n : fail(ctx, message.expectedInteger, message.numberHint, t);
    })
    .meta(metaOf(o, "integer", false));
}

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A partial ISO date (`2018`, `2018-03`, `2018-03-15`) kept as text; null when blank. */
export function partialDateCell(o: CellOptions) {
  return raw
    .transform((v, ctx) => {
      const t = blankToNull(v, o.missing);
      if (t === null) return null;
      return PARTIAL_DATE.test(t) ? t : fail(ctx, message.expectedPartialDate, message.dateHint, t);
    })
    .meta(metaOf(o, "partial date", false));
}

/** An ISO 3166-1 alpha-2 code, checked against the i18n-iso-countries list; null when blank. */
export function countryCell(o: CellOptions) {
  return raw
    .transform((v, ctx) => {
      const t = blankToNull(v, o.missing);
      if (t === null) return null;
      return /^[A-Z]{2}$/.test(t) && countries.isValid(t) ? t : fail(ctx, message.expectedCountryCode, message.countryHint, t);
    })
    .meta(metaOf(o, "country code", false));
}

/** A comma-separated list (`source2, source4`); empty list when blank. */
export function listCell(o: CellOptions) {
  return raw
    .transform((v) =>
      (blankToNull(v, o.missing) ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    )
    .meta(metaOf(o, "list of text", false));
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
  return raw
    .transform((v, ctx) => {
      const t = blankToNull(v, o.missing);
      if (t === null) return null;
      const n = parseMoney(t);
      return Number.isFinite(n) ? n : fail(ctx, message.expectedMoney(o.unit), message.moneyHint, t);
    })
    .meta({ ...metaOf(o, `money (${o.unit})`, false), unit: o.unit });
}

/** One of a fixed list of values (compared after trimming); null when blank. */
export function enumCell<const V extends readonly [string, ...string[]]>(o: CellOptions & { values: V }) {
  return raw
    .transform((v, ctx): V[number] | null => {
      const t = blankToNull(v, o.missing);
      if (t === null) return null;
      return (o.values as readonly string[]).includes(t)
        ? (t as V[number])
        : fail(ctx, message.expectedOneOf(o.values), message.enumHint, t);
    })
    .meta({ ...metaOf(o, "code", false), values: o.values });
}

/** Yes/no written as YES/NO, Yes/No, TRUE/FALSE or 1/0; null when blank. */
export function booleanCell(o: CellOptions) {
  return raw
    .transform((v, ctx) => {
      const t = blankToNull(v, o.missing);
      if (t === null) return null;
      const k = t.toLowerCase();
      if (k === "yes" || k === "true" || k === "1") return true;
      if (k === "no" || k === "false" || k === "0") return false;
      return fail(ctx, message.expectedBoolean, message.booleanHint, t);
    })
    .meta(metaOf(o, "yes/no", false));
}

/** The metadata of a cell schema built by this module, or undefined for any other schema. */
export function cellMeta(schema: z.ZodType): CellMeta | undefined {
  const meta = schema.meta() as Partial<CellMeta> | undefined;
  return meta && typeof meta.column === "string" ? (meta as CellMeta) : undefined;
}
