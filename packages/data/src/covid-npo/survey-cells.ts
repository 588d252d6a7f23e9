import { z } from "zod";
import { blankToNull, type CellMeta, type CellOptions } from "../cells.js";
import { message } from "../messages.js";

/**
 * Cell schemas particular to the City of Toronto agency survey. Like those of `cells.ts`, each
 * reads the raw text of one cell, yields null for a blank or missing-token cell, and carries the
 * `.meta()` the data dictionary is built from.
 */

const raw = z.string().optional();

export function surveyCellMeta(o: CellOptions, type: string, required: boolean): CellMeta {
  return {
    column: o.column,
    description: o.description,
    type,
    required,
    ...(o.missing ? { missing: o.missing } : {}),
    ...(o.sensitive ? { sensitive: true } : {}),
  };
}

export function failCell(ctx: z.core.$RefinementCtx<unknown>, expected: string, hint: string, value: string): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message: expected, params: { expected, hint, value } });
  return z.NEVER;
}

/** The respondent ID: a whole number that must be present. */
export function respondentCell(o: CellOptions) {
  return raw
    .transform((v, ctx) => {
      const t = blankToNull(v, o.missing);
      if (t === null) return failCell(ctx, message.expectedRequired, message.respondentIdHint, v ?? "");
      return /^\d+$/.test(t) ? Number(t) : failCell(ctx, message.expectedRespondentId, message.respondentIdHint, t);
    })
    .meta(surveyCellMeta(o, "integer", true));
}

/** A system-generated 0/1 flag that must be present: 1 is true, 0 is false. */
export function reachedEndCell(o: CellOptions) {
  return raw
    .transform((v, ctx) => {
      const t = blankToNull(v, o.missing);
      if (t === "1") return true;
      if (t === "0") return false;
      return failCell(ctx, message.expectedReachedEnd, message.reachedEndHint, t ?? v ?? "");
    })
    .meta(surveyCellMeta(o, "yes/no", true));
}

/**
 * One item of a select-all-that-apply question: `true` when ticked (`1`), null when not ticked.
 * The survey writes nothing (or NA) for an item left unticked and for a question skipped, so a
 * null never says "no" for sure; whether the question was answered at all is for the analysis.
 */
export function tickedCell(o: CellOptions) {
  return raw
    .transform((v, ctx): true | null => {
      const t = blankToNull(v, o.missing);
      if (t === null) return null;
      return t === "1" ? true : failCell(ctx, message.expectedTicked, message.tickedHint, t);
    })
    .meta(surveyCellMeta(o, "ticked (true, or null when not ticked)", false));
}

/** The codebook's list of values, one a line (`1` and `NULL`; `0 = No` and `1 = Yes`); empty when blank. */
export function linesCell(o: CellOptions) {
  return raw
    .transform((v) =>
      (blankToNull(v, o.missing) ?? "")
        .split(/\r\n|\r|\n/)
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    )
    .meta(surveyCellMeta(o, "list of text (one a line)", false));
}
