import type { PipelineProject } from "@hnl/data";
import { formatAmount, formatUsd } from "./format-usd.ts";
import { type OutcomePaymentSize, parseOutcomePaymentSize } from "./outcome-payment-size.ts";

/** Size bands, by the upper end of the stated maximum outcome payment in USD: [from, to). */
export const SIZE_EDGES = [0, 1e6, 5e6, 10e6, 25e6, 50e6] as const;

export interface SizeBandRow {
  [key: string]: string | number | null;
  band: string;
  /** The band's bounds in USD: from (included) to (not included); `usdTo` is null for the open top band. */
  usdFrom: number;
  usdTo: number | null;
  projects: number;
}

/** How one record's stated size was read: for the page's table of readings. */
export interface SizeReading {
  [key: string]: string | number | null;
  id: string;
  name: string;
  stage: string;
  /** The amount text exactly as recorded. */
  text: string;
  currencyColumn: string;
  status: OutcomePaymentSize["status"];
  /** In words: "Read in USD", "Other currency, not converted", ... */
  result: string;
  /** What was read: "$3M–$5M", "up to $20M", "16.2M EUR", or "". */
  reading: string;
  usdLow: number | null;
  usdHigh: number | null;
  /** The record's notes on the figure, shown for context (never used to fill in a figure). */
  notes: string;
}

export interface Sizes {
  bands: SizeBandRow[];
  readings: SizeReading[];
  /** Records with any text in the amount field. */
  stated: number;
  blank: number;
  usd: number;
  usdRanges: number;
  usdApproximate: number;
  tbd: number;
  otherCurrency: number;
  unclearCurrency: number;
  unreadable: number;
  /** Stated but not read as a USD figure: tbd + other currency + unclear currency + unreadable. */
  notReadAsUsd: number;
  /** Median, smallest and largest of the USD figures, ranges by their upper end; null with no USD figure. */
  usdMedian: number | null;
  usdMin: number | null;
  usdMax: number | null;
  usdMaxId: string | null;
}

const RESULT: Record<OutcomePaymentSize["status"], string> = {
  blank: "Blank",
  tbd: "Not decided (TBD)",
  usd: "Read in USD",
  "other-currency": "Other currency, not converted",
  "unclear-currency": "Currency unclear",
  unreadable: "Could not be read",
};

/** The label of a size band: "Under $1M", "$1M to under $5M", "$50M or more". */
export function bandLabel(i: number): string {
  const from = SIZE_EDGES[i] ?? 0;
  const to = SIZE_EDGES[i + 1];
  if (i === 0 && to !== undefined) return `Under ${formatUsd(to)}`;
  return to === undefined ? `${formatUsd(from)} or more` : `${formatUsd(from)} to under ${formatUsd(to)}`;
}

/** The band index of a USD amount. */
export function bandOf(usd: number): number {
  let i = 0;
  while (i + 1 < SIZE_EDGES.length && usd >= (SIZE_EDGES[i + 1] ?? Number.POSITIVE_INFINITY)) i += 1;
  return i;
}

/**
 * Expected sizes (the estimated maximum potential outcome payment) read by
 * `parseOutcomePaymentSize`, banded in USD by the upper end of each figure; every record is
 * counted under exactly one reading.
 */
export function sizes(records: readonly PipelineProject[]): Sizes {
  const all = records.map((r) => ({ r, s: parseOutcomePaymentSize(r.maxOutcomePaymentAmount, r.maxOutcomePaymentCurrency) }));
  const usd = all.flatMap(({ r, s }) => (s.status === "usd" ? [{ r, s }] : []));
  const bands = SIZE_EDGES.map((from, i) => ({
    band: bandLabel(i),
    usdFrom: from,
    usdTo: SIZE_EDGES[i + 1] ?? null,
    projects: usd.filter(({ s }) => bandOf(s.high) === i).length,
  }));
  const highs = usd.map(({ s }) => s.high).sort((a, b) => a - b);
  const largest = [...usd].sort((a, b) => b.s.high - a.s.high)[0];
  const is = (status: OutcomePaymentSize["status"]) => all.filter(({ s }) => s.status === status).length;
  const readings = all
    .filter(({ s }) => s.status !== "blank")
    .map(({ r, s }) => ({
      id: r.id,
      name: r.name,
      stage: r.stageDevelopmentStage ?? "Not recorded",
      text: s.text ?? "",
      currencyColumn: r.maxOutcomePaymentCurrency ?? "",
      status: s.status,
      result: RESULT[s.status],
      reading: describe(s),
      usdLow: s.status === "usd" ? s.low : null,
      usdHigh: s.status === "usd" ? s.high : null,
      notes: r.financeNotes ?? "",
    }));
  return {
    bands,
    readings,
    stated: readings.length,
    blank: is("blank"),
    usd: usd.length,
    usdRanges: usd.filter(({ s }) => s.kind === "range").length,
    usdApproximate: usd.filter(({ s }) => s.approximate).length,
    tbd: is("tbd"),
    otherCurrency: is("other-currency"),
    unclearCurrency: is("unclear-currency"),
    unreadable: is("unreadable"),
    notReadAsUsd: readings.length - usd.length,
    usdMedian: median(highs),
    usdMin: highs[0] ?? null,
    usdMax: largest?.s.high ?? null,
    usdMaxId: largest?.r.id ?? null,
  };
}

function describe(s: OutcomePaymentSize): string {
  if (s.status === "blank" || s.status === "tbd" || s.status === "unreadable") return "";
  const money = (n: number) => (s.currency === "USD" ? formatUsd(n) : formatAmount(n, "", ` ${s.currency ?? "(currency unclear)"}`));
  const amount = s.kind === "range" ? `${money(s.low)} to ${money(s.high)}` : s.kind === "up to" ? `up to ${money(s.high)}` : money(s.high);
  return s.approximate ? `about ${amount}` : amount;
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const a = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? a : ((sorted[mid - 1] ?? a) + a) / 2;
}
