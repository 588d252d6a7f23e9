import type { Countries } from "./countries.ts";
import { formatUsd } from "./format-usd.ts";
import type { IncomeGroups } from "./income-groups.ts";
import type { InstrumentMix } from "./instruments.ts";
import type { Sizes } from "./sizes.ts";
import type { Stages } from "./stages.ts";

/** One headline figure: a short label, the figure, and a line with its denominator. */
export interface Headline {
  label: string;
  value: string;
  detail: string;
  /** The figure on the page that shows it. */
  figure: string;
}

/** A list in words: "India, Kenya and South Africa". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * What a commissioner or funder would ask first: how close to launch, with which instrument,
 * where, for which income group and how large, each computed from the summary parts.
 */
export function headlines(o: {
  total: number;
  stages: Stages;
  instruments: InstrumentMix;
  countries: Countries;
  income: IncomeGroups;
  sizes: Sizes;
}): Headline[] {
  const final = o.stages.funnel.find((r) => r.step === "Final negotiations");
  const topInstrument = [...o.instruments.rows].filter((r) => r.field !== "instrumentOther").sort((a, b) => b.projects - a.projects)[0];
  const top3 = o.countries.rows.slice(0, 3);
  const topIncome = [...o.income.rows].sort((a, b) => b.projects - a.projects)[0];
  const out: Headline[] = [];
  if (final !== undefined)
    out.push({
      label: "In final negotiations",
      value: String(final.projects),
      detail: `${final.share}; ${o.stages.launched} more are marked launched`,
      figure: "pipeline-stages",
    });
  if (topInstrument !== undefined)
    out.push({
      label: `Most common instrument: ${topInstrument.label.toLowerCase()}`,
      value: String(topInstrument.projects),
      detail: `${topInstrument.share}; ${o.instruments.several} projects flag more than one instrument`,
      figure: "pipeline-instruments",
    });
  const [first, ...next] = top3;
  if (first !== undefined)
    out.push({
      label: `Top country: ${first.country}`,
      value: String(first.projects),
      detail: `projects${next.length > 0 ? `; then ${listInWords(next.map((c) => `${c.country} (${c.projects})`))}` : ""}; ${o.countries.rows.length} countries in all`,
      figure: "pipeline-countries",
    });
  if (topIncome !== undefined)
    out.push({
      label: `Largest income group: ${topIncome.label.toLowerCase()}`,
      value: String(topIncome.projects),
      detail: `${topIncome.share} projects serve countries in this group`,
      figure: "pipeline-income-groups",
    });
  if (o.sizes.usdMedian !== null)
    out.push({
      label: "Typical size (median)",
      value: formatUsd(o.sizes.usdMedian),
      detail: `maximum outcome payment, over the ${o.sizes.usd} of ${o.total} projects whose size is known in US dollars`,
      figure: "pipeline-sizes",
    });
  return out;
}
