/** C0 and C1 control characters, except tab, line feed and carriage return (which cells may hold). */
const CONTROLS = "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F";
/** Zero-width, line-separator and bidirectional marks, and a stray byte-order mark. */
const MARKS = "\\u200B\\u200C\\u200E\\u200F\\u2028\\u2029\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF";

/** Characters a reader cannot see: controls, zero-width and bidirectional marks, the soft hyphen and the zero-width joiner. */
export const INVISIBLE = new RegExp(`[${CONTROLS}${MARKS}\\u00AD\\u200D]`);

/** The same, without the zero-width joiner and soft hyphen, which emoji and typeset text use: what free text may not hold. */
export const INVISIBLE_IN_TEXT = new RegExp(`[${CONTROLS}${MARKS}]`);

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "g");

/**
 * A value quoted for a message, with every invisible or control character written as a visible
 * escape (`\u200b`), so that a message never hides what is wrong with the value.
 *
 * @example
 * showValue("P1\u200b") // "\"P1\\u200b\""
 */
export function showValue(value: string): string {
  return JSON.stringify(value).replace(INVISIBLE_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * A short piece of a long text around its first invisible or control character (or its start),
 * for a message that must show the character without quoting a whole paragraph.
 *
 * @example
 * excerpt("a long sentence with a\u200bzero-width space in it", 5) // "…ith a\u200bzero-…"
 */
export function excerpt(value: string, around = 20): string {
  const at = Math.max(0, value.search(INVISIBLE_IN_TEXT));
  const from = Math.max(0, at - around);
  const to = Math.min(value.length, at + around + 1);
  return `${from > 0 ? "…" : ""}${value.slice(from, to)}${to < value.length ? "…" : ""}`;
}
