// How the page writes dates, money and counts.

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A partial ISO date as "Nov 2016" or "2016"; "date unknown" for null. */
export function showDate(date: string | null): string {
  if (date === null) return "date unknown";
  const month = date.length >= 7 ? MONTHS[Number(date.slice(5, 7)) - 1] : undefined;
  return month === undefined ? date.slice(0, 4) : `${month} ${date.slice(0, 4)}`;
}

/** US dollars in millions with two decimals: "$1.29M". */
export function showUsd(v: number): string {
  return `$${(v / 1e6).toFixed(2)}M`;
}

/** A value of a comparison measure in its unit. */
export function showMeasure(v: number | null, unit: "year" | "usd" | "months" | "people" | "share"): string {
  if (v === null) return "none recorded";
  if (unit === "usd") return showUsd(v);
  if (unit === "share") return `${Math.round(v * 100)}%`;
  if (unit === "year") return String(Math.round(v));
  return Math.round(v).toLocaleString("en-GB");
}

/** Months as "14 months" or "1 month". */
export function showMonths(m: number): string {
  return `${m} month${m === 1 ? "" : "s"}`;
}
