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
  column: string;
  description: string;
  type: string;
  required: boolean;
}

const raw = z.string().optional();

/** Trimmed text, or null when the cell is blank. */
export function blankToNull(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
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

interface CellOptions {
  column: string;
  description: string;
}

/** Free text; null when blank. */
export function textCell(o: CellOptions) {
  return raw.transform((v) => blankToNull(v)).meta({ ...o, type: "text", required: false } satisfies CellMeta);
}

/** Text that must be present: the row is rejected when it is blank. */
export function requiredTextCell(o: CellOptions) {
  return raw
    .transform((v, ctx) => blankToNull(v) ?? fail(ctx, message.expectedRequired, message.requiredHint, v ?? ""))
    .meta({ ...o, type: "text", required: true } satisfies CellMeta);
}

/** A number written as text; null when blank. */
export function numberCell(o: CellOptions) {
  return raw
    .transform((v, ctx) => {
      const t = blankToNull(v);
      if (t === null) return null;
      const n = parseNumber(t);
      return Number.isFinite(n) ? n : fail(ctx, message.expectedNumber, message.numberHint, t);
    })
    .meta({ ...o, type: "number", required: false } satisfies CellMeta);
}

/** A whole number written as text; null when blank. */
export function integerCell(o: CellOptions) {
  return raw
    .transform((v, ctx) => {
      const t = blankToNull(v);
      if (t === null) return null;
      const n = parseNumber(t);
      return Number.isInteger(n) ? n : fail(ctx, message.expectedInteger, message.numberHint, t);
    })
    .meta({ ...o, type: "integer", required: false } satisfies CellMeta);
}

const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A partial ISO date (`2018`, `2018-03`, `2018-03-15`) kept as text; null when blank. */
export function partialDateCell(o: CellOptions) {
  return raw
    .transform((v, ctx) => {
      const t = blankToNull(v);
      if (t === null) return null;
      return PARTIAL_DATE.test(t) ? t : fail(ctx, message.expectedPartialDate, message.dateHint, t);
    })
    .meta({ ...o, type: "partial date", required: false } satisfies CellMeta);
}

/** An ISO 3166-1 alpha-2 code, checked against the i18n-iso-countries list; null when blank. */
export function countryCell(o: CellOptions) {
  return raw
    .transform((v, ctx) => {
      const t = blankToNull(v);
      if (t === null) return null;
      return /^[A-Z]{2}$/.test(t) && countries.isValid(t) ? t : fail(ctx, message.expectedCountryCode, message.countryHint, t);
    })
    .meta({ ...o, type: "country code", required: false } satisfies CellMeta);
}

/** A comma-separated list (`source2, source4`); empty list when blank. */
export function listCell(o: CellOptions) {
  return raw
    .transform((v) =>
      (blankToNull(v) ?? "")
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    )
    .meta({ ...o, type: "list of text", required: false } satisfies CellMeta);
}

/** The metadata of a cell schema built by this module, or undefined for any other schema. */
export function cellMeta(schema: z.ZodType): CellMeta | undefined {
  const meta = schema.meta() as Partial<CellMeta> | undefined;
  return meta && typeof meta.column === "string" ? (meta as CellMeta) : undefined;
}
