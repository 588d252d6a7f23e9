import { type CsvValue, toCsv } from "@hnl/data";
import type { TopLevelSpec } from "vega-lite";
import { escapeHtml } from "./escape-html.js";
import { renderSvg } from "./render-svg.js";
import { validateSpec } from "./validate-spec.js";

/** Where a figure's numbers come from, shown under it. */
export interface FigureProvenance {
  /** Dataset title, e.g. "INDIGO Impact Bond Dataset". */
  dataset: string;
  snapshot: string;
  /** Source rows the figure rests on. */
  rowsUsed: number;
  /** Filters or derivations applied, in words. */
  filters?: string;
}

export interface FigureColumn {
  field: string;
  title: string;
}

export interface FigureOptions {
  /** Stable id: the figure's anchor and the CSV file's name. */
  id: string;
  spec: TopLevelSpec;
  /** The data the chart draws, also offered as a table and as CSV. */
  rows: readonly Record<string, CsvValue>[];
  columns: readonly FigureColumn[];
  provenance: FigureProvenance;
}

/**
 * A complete, self-contained figure as HTML from a Vega-Lite spec: the spec is checked against
 * vega-lite's JSON schema and drawn as static SVG, then wrapped by `figureHtml`.
 *
 * @example
 * const html = await figure({ id: "projects-by-sector", spec, rows, columns, provenance });
 */
export async function figure(o: FigureOptions): Promise<string> {
  const spec = validateSpec(o.spec);
  const title = typeof spec.title === "string" ? spec.title : o.id;
  // The caption carries the title; the SVG keeps it only as its accessible name.
  const { title: _drawn, ...untitled } = spec;
  const svg = (await renderSvg(untitled as TopLevelSpec)).replace(/aria-label="/, `aria-label="${escapeHtml(title)}: `);
  return figureHtml({
    id: o.id,
    title,
    description: spec.description ?? "",
    svg,
    rows: o.rows,
    columns: o.columns,
    provenance: o.provenance,
  });
}

/**
 * Wraps a drawn chart (SVG markup) as the kit's figure: the caption, the chart, the data as an
 * accessible table (a screen reader's and a phone's alternative), a CSV download that works
 * offline, and a provenance line. Every text from the data is escaped.
 */
export function figureHtml(o: {
  id: string;
  title: string;
  description: string;
  svg: string;
  rows: readonly Record<string, CsvValue>[];
  columns: readonly FigureColumn[];
  provenance: FigureProvenance;
  /** A chart too detailed to shrink to a phone's width: it keeps its size and scrolls sideways there. */
  wide?: boolean;
}): string {
  const id = o.id.replace(/[^a-z0-9-]/gi, "-");
  const csv = toCsv(
    o.rows,
    o.columns.map((c) => c.field),
  );
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  const head = o.columns.map((c) => `<th scope="col">${escapeHtml(c.title)}</th>`).join("");
  const body = o.rows
    .map(
      (r) =>
        `<tr>${o.columns.map((c) => `<td${typeof r[c.field] === "number" ? ' class="num"' : ""}>${escapeHtml(show(r[c.field]))}</td>`).join("")}</tr>`,
    )
    .join("");
  const p = o.provenance;
  const provenance = [
    `Source: ${p.dataset} (${p.snapshot})`,
    `rows used: ${p.rowsUsed.toLocaleString("en-GB")}`,
    ...(p.filters ? [p.filters] : []),
  ].join(" · ");
  return [
    `<figure class="hnl-figure" id="${id}">`,
    `<figcaption><strong>${escapeHtml(o.title)}</strong> ${escapeHtml(o.description)}</figcaption>`,
    o.wide === true
      ? `<div class="hnl-chart hnl-chart-wide" tabindex="0" role="region" aria-label="Chart: ${escapeHtml(o.title)} (scrolls sideways on a small screen)">${o.svg}</div>`
      : `<div class="hnl-chart">${o.svg}</div>`,
    `<details class="hnl-table"><summary>Data table (${o.rows.length} rows)</summary>`,
    `<div class="hnl-table-scroll" tabindex="0" role="region" aria-label="Data table: ${escapeHtml(o.title)}"><table><caption>${escapeHtml(o.title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div></details>`,
    `<p class="hnl-provenance">${escapeHtml(provenance)} · <a download="${id}.csv" href="${escapeHtml(href)}">Download the data (CSV)</a></p>`,
    "</figure>",
  ].join("\n");
}

function show(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? v.toLocaleString("en-GB") : String(v);
}
