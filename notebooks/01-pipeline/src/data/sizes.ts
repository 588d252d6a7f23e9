import type { PipelineProject } from "@hnl/data";
import { formatUsd } from "./format-usd.ts";
import type { PipelineVariables } from "./pipeline-variables.ts";

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
  /** "field", "note", "converted", or "not in USD". */
  from: string;
  /** In words: "Read in USD", "Converted to USD", "Read from the notes", "Not decided (TBD)", ... */
  result: string;
  /** How it was read, with the rate for a conversion. */
  reading: string;
  usdLow: number | null;
  usdHigh: number | null;
  /** The record's notes on the figure. */
  notes: string;
}

export interface Sizes {
  bands: SizeBandRow[];
  readings: SizeReading[];
  /** Records with any text in the amount field, or a size in the notes. */
  stated: number;
  blank: number;
  /** Sizes known in US dollars: as recorded, read from the notes, or converted. */
  usd: number;
  /** Of those: in USD in the amount field. */
  usdAsRecorded: number;
  /** Of those: read from the notes. */
  fromNote: number;
  /** Of those: converted from another currency with a FRED rate. */
  converted: number;
  /** The currencies converted, with how many records each ("EUR 2, ZAR 1"). */
  convertedCurrencies: { currency: string; projects: number }[];
  usdRanges: number;
  tbd: number;
  /** Stated in a currency FRED does not quote: kept, counted, never guessed. */
  cannotConvert: number;
  cannotConvertCurrencies: string[];
  unclearCurrency: number;
  unreadable: number;
  /** Stated but not known in US dollars: tbd + cannot convert + unclear currency + unreadable. */
  notReadAsUsd: number;
  /** Median, smallest and largest of the USD sizes, ranges by their upper end; null with no USD size. */
  usdMedian: number | null;
  usdMin: number | null;
  usdMax: number | null;
  usdMaxId: string | null;
  usdMaxName: string | null;
}

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

const RESULT: Record<string, string> = {
  field: "Read in USD",
  note: "Read in USD from the notes",
  converted: "Converted to USD",
  "not decided": "Not decided (TBD)",
  "currency unclear": "Currency unclear",
  unreadable: "Could not be read",
  "cannot convert": "Currency not in the FRED table",
};

/**
 * Expected sizes (the estimated maximum potential outcome payment) in US dollars, from the
 * populated variables: as recorded, read from the notes, or converted at FRED's rate. Banded by
 * the upper end of each size; every record is counted under exactly one reading.
 */
export function sizes(records: readonly PipelineProject[], variables: readonly PipelineVariables[]): Sizes {
  const all = records.map((r, i) => ({ r, v: variables[i] as PipelineVariables }));
  const usd = all.flatMap(({ r, v }) => (v.sizeUsd === null ? [] : [{ r, s: v.sizeUsd }]));
  const bands = SIZE_EDGES.map((from, i) => ({
    band: bandLabel(i),
    usdFrom: from,
    usdTo: SIZE_EDGES[i + 1] ?? null,
    projects: usd.filter(({ s }) => bandOf(s.value.high) === i).length,
  }));
  const highs = usd.map(({ s }) => s.value.high).sort((a, b) => a - b);
  const largest = [...usd].sort((a, b) => b.s.value.high - a.s.value.high)[0];
  const notUsd = (reason: string) => all.filter(({ v }) => v.sizeNotUsd?.reason === reason).length;
  const readings = all
    .filter(({ v }) => v.sizeUsd !== null || v.sizeNotUsd !== null)
    .map(({ r, v }) => ({
      id: r.id,
      name: r.name,
      stage: r.stageDevelopmentStage ?? "Not recorded",
      text: r.maxOutcomePaymentAmount ?? "",
      currencyColumn: r.maxOutcomePaymentCurrency ?? "",
      from: v.sizeUsd?.from ?? "not in USD",
      result: RESULT[v.sizeUsd?.from ?? v.sizeNotUsd?.reason ?? ""] ?? "",
      reading: v.sizeUsd === null ? (v.sizeNotUsd?.message ?? "") : `${describe(v.sizeUsd.value)}: ${v.sizeUsd.detail}`,
      usdLow: v.sizeUsd?.value.low ?? null,
      usdHigh: v.sizeUsd?.value.high ?? null,
      notes: r.financeNotes ?? "",
    }));
  const converted = all.flatMap(({ r, v }) =>
    v.sizeUsd?.from === "converted" ? [(r.maxOutcomePaymentCurrency ?? "").trim().toUpperCase()] : [],
  );
  const byCurrency = [...new Set(converted)]
    .sort()
    .map((currency) => ({ currency, projects: converted.filter((c) => c === currency).length }));
  return {
    bands,
    readings,
    stated: readings.length,
    blank: records.length - readings.length,
    usd: usd.length,
    usdAsRecorded: usd.filter(({ s }) => s.from === "field").length,
    fromNote: usd.filter(({ s }) => s.from === "note").length,
    converted: converted.length,
    convertedCurrencies: byCurrency,
    usdRanges: usd.filter(({ s }) => s.value.low !== s.value.high).length,
    tbd: notUsd("not decided"),
    cannotConvert: notUsd("cannot convert"),
    cannotConvertCurrencies: [
      ...new Set(all.flatMap(({ v }) => (v.sizeNotUsd?.reason === "cannot convert" ? [v.sizeNotUsd.currency ?? ""] : []))),
    ].sort(),
    unclearCurrency: notUsd("currency unclear"),
    unreadable: notUsd("unreadable"),
    notReadAsUsd: readings.length - usd.length,
    usdMedian: median(highs),
    usdMin: highs[0] ?? null,
    usdMax: largest?.s.value.high ?? null,
    usdMaxId: largest?.r.id ?? null,
    usdMaxName: largest?.r.name ?? null,
  };
}

function describe(s: { low: number; high: number }): string {
  return s.low === s.high ? formatUsd(s.high) : `${formatUsd(s.low)} to ${formatUsd(s.high)}`;
}

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  const a = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? a : ((sorted[mid - 1] ?? a) + a) / 2;
}
