import type { CodebookEntry } from "./codebook-entry.js";
import { message } from "./messages.js";
import { SurveyError } from "./survey-error.js";
import type { ItemKind, ItemOption, SurveyItem } from "./survey-item.js";

/** `1.2. Moved program ...`, `Q2. How ...`, `15. Do you ...`: a number, a full stop (or colon) and text. */
const NUMBERED = /^Q?(\d+(?:\.\d+)*)[.:]\s+(\S[\s\S]*)$/i;
/** How codebooks write "no value". */
const NULL_VALUE = /^(null|na|n\/a|missing|blank)$/i;
const FREE_TEXT = /\b(free\s*-?\s*form|free|open)[\s-]*text\b/i;
const NUMERIC = /^(integer|number|numeric|decimal|count)$/i;
/** `0 = No`, `1 = Selected`: a code, an equals sign, a label. */
const CODED = /^(\S+)\s*=\s*(\S.*)$/;
const TICK_LABEL = /^(not\s+)?(selected|checked|ticked|chosen|mentioned)$/i;

const clean = (text: string) => text.replaceAll("&nbsp", " ").replace(/\s+/g, " ").trim();

/**
 * Turns a codebook into the typed description of every item: its code, question block, label
 * and kind. Two conventions are read, so another survey's dictionary needs no code:
 *
 * - the number in the field (the City of Toronto's `1.2. Moved program and service delivery
 *   online`): code `1.2`, block `1`, label after the number;
 * - a variable name (`mode_online`) with a numbered question whose item follows a dash
 *   (`2. How did you operate? - Moved online`): code `mode_online`, block `2`, label `Moved online`.
 *
 * The kind comes from the values: `1`/`NULL` (or `0 = Not selected`/`1 = Selected`) is a tick box,
 * `freeform text` (or no values at all, to be safe) is free text and sensitive, `Integer` is
 * numeric, anything else a single choice with its options. Tick items whose labels share a row
 * before ` - ` (`Additional funding - Short-term (0-6 months)`) form a grid.
 *
 * @example
 * parseCodebook([{ field: "1.2. Moved program and service delivery online", question: "1.  How has your agency been impacted?", values: ["1", "NULL"] }])
 * // [{ column: "1.2. Moved ...", code: "1.2", block: "1", group: "1", label: "Moved program and service delivery online", kind: "tick", ... }]
 */
export function parseCodebook(entries: readonly CodebookEntry[]): SurveyItem[] {
  const seen = new Set<string>();
  const items = entries.map((entry) => {
    if (seen.has(entry.field)) {
      throw new SurveyError(message.duplicateCodebookField(entry.field), { file: "codebook", hint: message.duplicateCodebookFieldHint });
    }
    seen.add(entry.field);
    return describe(entry);
  });
  return withGrids(items);
}

function describe(entry: CodebookEntry): SurveyItem {
  const field = clean(entry.field);
  const numberedField = NUMBERED.exec(field);
  const numberedQuestion = NUMBERED.exec(clean(entry.question));
  const questionText = numberedQuestion?.[2] ?? clean(entry.question);
  const { kind, options } = kindOf(entry.values);
  let code: string;
  let label: string;
  let question = questionText;
  if (numberedField?.[1] !== undefined && numberedField[2] !== undefined) {
    code = numberedField[1];
    // `2. Please provide ...` is a question of its own; `1.2. Moved ...` is an item of question 1.
    label = code.includes(".") ? numberedField[2] : questionText;
  } else {
    code = entry.field;
    const dash = questionText.indexOf(" - ");
    question = dash > 0 ? questionText.slice(0, dash) : questionText;
    label = dash > 0 ? questionText.slice(dash + 3) : questionText;
  }
  const numbered = numberedField !== null;
  const block = numbered ? (code.split(".")[0] ?? code) : (numberedQuestion?.[1]?.split(".")[0] ?? entry.field);
  const group = numbered && code.split(".").length > 2 ? code.split(".").slice(0, 2).join(".") : block;
  return { column: entry.field, code, block, group, question, label, grid: null, kind, options, sensitive: kind === "text" };
}

function kindOf(raw: readonly string[]): { kind: ItemKind; options: ItemOption[] } {
  const values = raw.map(clean).filter((v) => v !== "" && !NULL_VALUE.test(v));
  if (values.length === 0 || values.some((v) => FREE_TEXT.test(v))) return { kind: "text", options: [] };
  if (values.length === 1 && NUMERIC.test(values[0] ?? "")) return { kind: "numeric", options: [] };
  const options = values.map((v): ItemOption => {
    const m = CODED.exec(v);
    return m?.[1] !== undefined && m[2] !== undefined ? { code: m[1], label: m[2] } : { code: v, label: v };
  });
  const tickBox = options.length === 1 && options[0]?.code === "1";
  const tickPair =
    options.length === 2 &&
    options.every((o) => TICK_LABEL.test(o.label)) &&
    options
      .map((o) => o.code)
      .sort()
      .join() === "0,1";
  return tickBox || tickPair ? { kind: "tick", options: [] } : { kind: "choice", options };
}

/** Marks tick items as a grid where two or more of one block share the row before ` - `. */
function withGrids(items: SurveyItem[]): SurveyItem[] {
  const split = (label: string) => {
    const at = label.lastIndexOf(" - ");
    return at > 0 ? { row: label.slice(0, at), column: label.slice(at + 3) } : null;
  };
  const rows = new Map<string, number>();
  for (const item of items) {
    const s = item.kind === "tick" ? split(item.label) : null;
    if (s !== null) rows.set(`${item.block}\u0000${s.row}`, (rows.get(`${item.block}\u0000${s.row}`) ?? 0) + 1);
  }
  return items.map((item) => {
    const s = item.kind === "tick" ? split(item.label) : null;
    if (s === null || (rows.get(`${item.block}\u0000${s.row}`) ?? 0) < 2) return item;
    // A numbered grid item's group is its row's number (3.1); an unnumbered one's, its block and row.
    const group = item.group === item.block ? `${item.block}: ${s.row}` : item.group;
    return { ...item, grid: s, group };
  });
}
