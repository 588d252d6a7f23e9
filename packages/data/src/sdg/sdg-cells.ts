import { z } from "zod";
import { blankToNull, type CellMeta, type CellOptions } from "../cells.js";
import { message } from "../messages.js";

/**
 * Cell schemas of the SDG reference tables: goal numbers, target and indicator codes, UNSD codes,
 * colours and UN titles. Like those of `cells.ts`, each reads the raw text of one cell and carries
 * the `.meta()` the data dictionary is built from.
 */

const raw = z.string().optional();

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

function fail(ctx: z.core.$RefinementCtx<unknown>, expected: string, hint: string, value: string): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message: expected, params: { expected, hint, value } });
  return z.NEVER;
}

interface Code<T> {
  type: string;
  expected: string;
  hint: string;
  parse: (text: string) => T | null;
}

/** A cell whose text `code.parse` must accept; null when blank. */
function codeCell<T>(o: CellOptions, code: Code<T>) {
  return raw
    .transform((v, ctx): T | null => {
      const t = blankToNull(v, o.missing);
      return t === null ? null : (code.parse(t) ?? fail(ctx, code.expected, code.hint, t));
    })
    .meta(metaOf(o, code.type, false));
}

/** A cell whose text `code.parse` must accept; the row is rejected when it is blank. */
function requiredCodeCell<T>(o: CellOptions, code: Code<T>) {
  return raw
    .transform((v, ctx): T => {
      const t = blankToNull(v, o.missing);
      if (t === null) return fail(ctx, message.expectedRequired, message.requiredHint, v ?? "");
      return code.parse(t) ?? fail(ctx, code.expected, code.hint, t);
    })
    .meta(metaOf(o, code.type, true));
}

/** A goal number, 1 to 17, written without a leading zero; null for anything else. */
export function parseSdgGoal(text: string): number | null {
  const n = /^[1-9]\d?$/.test(text) ? Number(text) : 0;
  return n >= 1 && n <= 17 ? n : null;
}

/** The code when it is well formed and starts with a goal from 1 to 17, else null. */
function codeOfGoal(pattern: RegExp): (text: string) => string | null {
  return (text) => {
    const goal = pattern.exec(text)?.[1];
    return goal !== undefined && parseSdgGoal(goal) !== null ? text : null;
  };
}

const GOAL: Code<number> = { type: "SDG goal (1-17)", expected: message.expectedSdgGoal, hint: message.sdgCodeHint, parse: parseSdgGoal };
const TARGET: Code<string> = {
  type: "SDG target code",
  expected: message.expectedSdgTarget,
  hint: message.sdgCodeHint,
  parse: codeOfGoal(/^(\d{1,2})\.(?:[1-9]\d?|[a-z])$/),
};
const INDICATOR: Code<string> = {
  type: "SDG indicator code",
  expected: message.expectedSdgIndicator,
  hint: message.sdgCodeHint,
  parse: codeOfGoal(/^(\d{1,2})\.(?:[1-9]\d?|[a-z])\.[1-9]\d?$/),
};
const UNSD: Code<string> = {
  type: "UNSD indicator code",
  expected: message.expectedUnsdCode,
  hint: message.sdgCodeHint,
  parse: (t) => (/^C\d{2}[0-9a-z]{2}\d{2}$/.test(t) ? t : null),
};
const HEX: Code<string> = {
  type: "colour (#RRGGBB)",
  expected: message.expectedHexColour,
  hint: message.colourHint,
  parse: (t) => (/^#[0-9A-Fa-f]{6}$/.test(t) ? t : null),
};
const RGB: Code<[number, number, number]> = {
  type: "colour (R,G,B)",
  expected: message.expectedRgbColour,
  hint: message.colourHint,
  parse: (t) => {
    const rgb = t.split(",").map((p) => (/^\s*\d{1,3}\s*$/.test(p) ? Number(p) : Number.NaN));
    const [r, g, b] = rgb;
    return rgb.length === 3 && r !== undefined && g !== undefined && b !== undefined && rgb.every((n) => n >= 0 && n <= 255)
      ? [r, g, b]
      : null;
  },
};

/** An SDG goal number, a whole number from 1 to 17, that must be present. */
export function sdgGoalCell(o: CellOptions) {
  return requiredCodeCell(o, GOAL);
}

/** An SDG target code that must be present: goal and target joined by a dot, e.g. `1.1`, `1.a`. */
export function sdgTargetCell(o: CellOptions) {
  return requiredCodeCell(o, TARGET);
}

/** An SDG indicator code that must be present: goal, target and indicator joined by dots, e.g. `1.1.1`, `1.a.2`. */
export function requiredSdgIndicatorCell(o: CellOptions) {
  return requiredCodeCell(o, INDICATOR);
}

/** An SDG indicator code, e.g. `1.a.2`; null when blank. */
export function sdgIndicatorCell(o: CellOptions) {
  return codeCell(o, INDICATOR);
}

/** A UNSD indicator code that must be present, e.g. `C010101`, `C010a04`: C, then goal, target and indicator in two characters each. */
export function unsdCodeCell(o: CellOptions) {
  return requiredCodeCell(o, UNSD);
}

/** A colour written `#RRGGBB`, kept as written; null when blank. */
export function hexColourCell(o: CellOptions) {
  return codeCell(o, HEX);
}

/** A colour written `#RRGGBB` that must be present. */
export function requiredHexColourCell(o: CellOptions) {
  return requiredCodeCell(o, HEX);
}

/** A colour written `R,G,B` (each 0-255), read as `[r, g, b]`; null when blank. */
export function rgbColourCell(o: CellOptions) {
  return codeCell(o, RGB);
}

/**
 * A footnote number the UN list glues to the end of a title: a single digit straight after a
 * lowercase letter (`impacts3`, `speed4`). Chemical and particle names (`CO2`, `PM10`) never end
 * a title this way.
 */
const FOOTNOTE = /(?<=[a-z])(\d)$/;

/** A title from the UN list, required, without the footnote number glued to its end (see `unTitleFootnoteCell`). */
export function unTitleCell(o: CellOptions) {
  return requiredCodeCell(o, {
    type: "text",
    expected: message.expectedRequired,
    hint: message.requiredHint,
    parse: (t) => t.replace(FOOTNOTE, ""),
  });
}

/** The footnote number glued to the end of a UN title (3 in `... and its impacts3`), or null. */
export function unTitleFootnoteCell(o: CellOptions) {
  return raw
    .transform((v) => {
      const digit = FOOTNOTE.exec(blankToNull(v, o.missing) ?? "")?.[1];
      return digit === undefined ? null : Number(digit);
    })
    .meta(metaOf(o, "integer", false));
}
