/** How a stated amount was written: one figure, a range, or a ceiling ("up to"). */
export type SizeKind = "point" | "range" | "up to";

/** An amount read from text: `low` = `high` for a point or a ceiling. */
export interface ReadAmount {
  low: number;
  high: number;
  kind: SizeKind;
  /** The text hedges the figure: "~", "approx", "about", "around", "estimate", "perhaps", "TBD". */
  approximate: boolean;
}

/** The pipeline's estimated maximum outcome payment, as read from its free text and its currency column. */
export type OutcomePaymentSize =
  | { status: "blank"; text: null }
  /** Stated as not yet decided: "TBD", "TBC", "Don't know". */
  | { status: "tbd"; text: string }
  /** Read, in US dollars. */
  | ({ status: "usd"; text: string; currency: "USD" } & ReadAmount)
  /** Read, but in another currency: kept in that currency, never converted (no exchange rate is assumed). */
  | ({ status: "other-currency"; text: string; currency: string } & ReadAmount)
  /** A figure was read but its currency is not one clear ISO 4217 code ("USD or HTG", none given, or text and column disagree). */
  | ({ status: "unclear-currency"; text: string; currency: string | null } & ReadAmount)
  /** No figure could be read: no number, or more than two. */
  | { status: "unreadable"; text: string };

const NOT_DECIDED = /^(?:tbd|tbc|to be (?:decided|determined|confirmed)|unknown|don[’']?t know|n\/?a)\.?$/i;
const HEDGE = /~|\bapprox|\babout\b|\baround\b|\bestimate|\bperhaps\b|\btbd\b/i;
const UP_TO = /\b(?:up to|max(?:imum)?|no more than|at most)\b/i;
// A figure, its separators and an optional scale word: 4.000.000, 1,250,000, 1.5MM, 500k, 3.6 million, 2 bn.
const FIGURE = /(?<![\p{L}\d.,])(\d+(?:[.,]\d+)*)\s*(k|thousand|mm|mn|m|million|bn|b|billion)?(?![\p{L}\d])/giu;
const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };
const RANGE_JOIN = /^\s*(?:-|–|—|to|and)\s*$/i;
const ISO_CURRENCIES = new Set(Intl.supportedValuesOf("currency"));

/**
 * Reads the pipeline's `Estimated Maximum potential outcome payment` (free text) with its
 * `Currency` column. The rule, in order:
 *
 * 1. Blank is blank; "TBD", "TBC", "Don't know" (alone) are not decided.
 * 2. Figures: digits with separators, then an optional scale word (k/thousand ×1,000;
 *    m/mn/mm/million ×1,000,000; b/bn/billion ×1,000,000,000). Without a scale word, `.` or `,`
 *    followed by groups of exactly three digits are thousands separators ("4.000.000",
 *    "1,250,000"); with one, a single `.` is a decimal point ("18.389M", "$1.5MM").
 * 3. One figure is a point ("up to"/"max" before it makes it a ceiling); two figures joined by
 *    "-", "to" or "and" are a range, and a scale word on the second applies to a bare first
 *    ("USD 3-5 mn" = 3,000,000 to 5,000,000). No figure, or any other number of them, is unreadable.
 * 4. Currency: ISO 4217 codes in the text, or `$`/`US$` (read as USD), else the currency column
 *    when it is one ISO code. Anything else ("USD or HTG", none, text and column disagreeing) is
 *    unclear. Amounts in other currencies are kept as they are, not converted.
 *
 * @example
 * parseOutcomePaymentSize("USD 3-5 mn", null) // { status: "usd", low: 3e6, high: 5e6, kind: "range", ... }
 * parseOutcomePaymentSize("Up to $20 million", null) // { status: "usd", low: 2e7, high: 2e7, kind: "up to", ... }
 */
export function parseOutcomePaymentSize(amount: string | null | undefined, currencyColumn: string | null | undefined): OutcomePaymentSize {
  const text = amount?.trim() ?? "";
  if (text === "") return { status: "blank", text: null };
  if (NOT_DECIDED.test(text)) return { status: "tbd", text };

  const read = readAmount(text);
  if (read === null) return { status: "unreadable", text };

  const fromText = currenciesInText(text);
  const column = (currencyColumn ?? "").trim();
  const fromColumn = column === "" || NOT_DECIDED.test(column) ? null : column;
  let currency: string | null;
  if (fromText.size > 1) currency = null;
  else if (fromText.size === 1) {
    const [only] = fromText;
    currency = only ?? null;
    if (fromColumn !== null && fromColumn.toUpperCase() !== currency)
      return { status: "unclear-currency", text, currency: `${currency} (text) or ${fromColumn} (column)`, ...read };
  } else currency = fromColumn;

  if (currency !== null && ISO_CURRENCIES.has(currency.toUpperCase())) currency = currency.toUpperCase();
  if (currency === null || !ISO_CURRENCIES.has(currency)) return { status: "unclear-currency", text, currency, ...read };
  if (currency === "USD") return { status: "usd", text, currency: "USD", ...read };
  return { status: "other-currency", text, currency, ...read };
}

function readAmount(text: string): ReadAmount | null {
  const figures = [...text.matchAll(FIGURE)].map((m) => ({
    digits: m[1] ?? "",
    scale: m[2]?.toLowerCase() ?? null,
    start: m.index,
    end: m.index + m[0].length,
  }));
  const approximate = HEDGE.test(text);
  const [a, b] = figures;
  if (a === undefined) return null;
  if (figures.length === 1) {
    const value = figureValue(a.digits, a.scale);
    if (value === null) return null;
    return { low: value, high: value, kind: UP_TO.test(text.slice(0, a.start)) ? "up to" : "point", approximate };
  }
  if (figures.length !== 2 || b === undefined || !RANGE_JOIN.test(withoutCurrency(text.slice(a.end, b.start)))) return null;
  const low = figureValue(a.digits, a.scale ?? b.scale);
  const high = figureValue(b.digits, b.scale);
  if (low === null || high === null) return null;
  return { low: Math.min(low, high), high: Math.max(low, high), kind: "range", approximate };
}

/** The value of one figure, or null when its separators fit no rule (e.g. "1.2.3"). */
function figureValue(digits: string, scale: string | null): number | null {
  const groups = digits.split(/[.,]/);
  const seps = digits.replace(/\d/g, "");
  const thousands = groups.length > 1 && groups.slice(1).every((g) => g.length === 3) && (groups[0]?.length ?? 0) <= 3;
  let n: number;
  if (seps.length === 0) n = Number(digits);
  else if (/^\d{1,3}(?:,\d{3})+\.\d+$/.test(digits)) n = Number(digits.replaceAll(",", ""));
  else if (scale === null && thousands && new Set(seps).size === 1) n = Number(groups.join(""));
  else if (seps.length === 1) n = Number(digits.replace(",", "."));
  else if (thousands && new Set(seps).size === 1) n = Number(groups.join(""));
  else return null;
  if (!Number.isFinite(n)) return null;
  return Math.round(n * (scale === null ? 1 : (SCALE[scale] ?? 1)));
}

/** ISO 4217 codes named in the text; `$` and `US$` count as USD. */
function currenciesInText(text: string): Set<string> {
  const found = new Set<string>();
  if (/\$/.test(text)) found.add("USD");
  for (const m of text.matchAll(/\b([A-Z]{3})\b/g)) if (m[1] !== undefined && ISO_CURRENCIES.has(m[1])) found.add(m[1]);
  return found;
}

/** The text between two figures with currency marks removed, so "$500k to $20m" reads as a range. */
function withoutCurrency(between: string): string {
  return between.replace(/US\s?\$|\$|\b[A-Z]{3}\b/g, " ");
}
