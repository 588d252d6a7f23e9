/** An expected launch date as read from the pipeline's free text. */
export type LaunchDate =
  | { status: "blank"; text: null }
  /** A year was found; `quarter` when a quarter was given, `orLater` when the text says "or later". */
  | { status: "read"; text: string; year: number; quarter: 1 | 2 | 3 | 4 | null; orLater: boolean }
  /** Text that names no year, such as "TBD" or "Don't Know". */
  | { status: "unreadable"; text: string };

const QUARTER_YEAR = /\bQ\s*([1-4])\s*[-–/,]?\s*((?:19|20)\d{2})\b/i;
const YEAR = /\b((?:19|20)\d{2})\b/;
const OR_LATER = /\bor\s+later\b/i;

/**
 * Reads the pipeline's `Expected Launch Date`, free text such as "Q2 - 2023 or later" or
 * "Q1-2023". Rule: a quarter and a four-digit year ("Q2 - 2023", "Q3-2022", "Q4 2022") give both;
 * otherwise a lone four-digit year gives the year with no quarter; "or later" is kept as a flag.
 * Blank is blank; any other text ("TBD", "Don't Know") is unreadable, never guessed.
 *
 * @example
 * parseLaunchDate("Q2 - 2023 or later") // { status: "read", text: "Q2 - 2023 or later", year: 2023, quarter: 2, orLater: true }
 */
export function parseLaunchDate(text: string | null | undefined): LaunchDate {
  const t = text?.trim() ?? "";
  if (t === "") return { status: "blank", text: null };
  const orLater = OR_LATER.test(t);
  const qy = QUARTER_YEAR.exec(t);
  if (qy !== null) return { status: "read", text: t, year: Number(qy[2]), quarter: Number(qy[1]) as 1 | 2 | 3 | 4, orLater };
  const y = YEAR.exec(t);
  if (y !== null) return { status: "read", text: t, year: Number(y[1]), quarter: null, orLater };
  return { status: "unreadable", text: t };
}

/** The label a read launch date is charted under, e.g. "Q2 2023 or later", "2024 (no quarter)". */
export function launchDateLabel(d: Extract<LaunchDate, { status: "read" }>): string {
  const when = d.quarter === null ? `${d.year} (no quarter)` : `Q${d.quarter} ${d.year}`;
  return d.orLater ? `${when} or later` : when;
}

/** A sort key that puts read launch dates in time order, "or later" after the same quarter. */
export function launchDateOrder(d: Extract<LaunchDate, { status: "read" }>): number {
  return d.year * 100 + (d.quarter ?? 5) * 10 + (d.orLater ? 1 : 0);
}
