import { type CsvValue, toCsv } from "@hnl/data";
import type { TopLevelSpec } from "vega-lite";
import { CHART_LAYOUTS, layoutSpec } from "./chart-layout.js";
import { escapeHtml } from "./escape-html.js";
import { message } from "./messages.js";
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
  /** What a phone shows when the chart is too detailed to draw there (see `PhoneTable`); the full data table by default. */
  phoneTable?: PhoneTable;
}

/**
 * A shorter table a phone shows in place of a chart too detailed for its width, when the full
 * data table would be too long to read there (a big heatmap's every cell): for example each
 * row's largest values. At most three columns, so it stays a table on a phone rather than a
 * stack of cards. The full data table stays in the figure, under "Data table".
 */
export interface PhoneTable {
  /** Says what the shorter table holds, e.g. "The five goals each region targets most". */
  note: string;
  rows: readonly Record<string, CsvValue>[];
  columns: readonly FigureColumn[];
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
  const svg = await responsiveSvg(untitled as TopLevelSpec, title);
  return figureHtml({
    id: o.id,
    title,
    description: spec.description ?? "",
    svg,
    rows: o.rows,
    columns: o.columns,
    provenance: o.provenance,
    ...(o.phoneTable === undefined ? {} : { phoneTable: o.phoneTable }),
  });
}

/** A chart drawn for a desktop page and for a phone; `narrow` is null when it cannot fit a phone. */
export interface ResponsiveSvg {
  wide: string;
  narrow: string | null;
}

/**
 * Draws a spec twice, for a desktop page and for a phone (`layoutSpec`), each at its natural
 * size so no text is scaled down. A drawing still wider than a phone after fitting (a big
 * heatmap), or more than twice as tall as on a desktop (many long labels wrapped onto many
 * lines), gives `narrow: null`: the figure shows its numbers as a table there instead.
 */
export async function responsiveSvg(spec: TopLevelSpec, title: string): Promise<ResponsiveSvg> {
  const draw = async (s: TopLevelSpec) => (await renderSvg(s)).replace(/aria-label="/, `aria-label="${escapeHtml(title)}: `);
  const wide = await draw(layoutSpec(spec, CHART_LAYOUTS.wide));
  const narrow = await draw(layoutSpec(spec, CHART_LAYOUTS.narrow));
  // Too wide for a phone, or so tall there (long labels wrapped onto many lines, on every band)
  // that it no longer reads as one chart: a table serves the phone better.
  const fits = svgWidth(narrow) <= CHART_LAYOUTS.narrow.width + 18 && svgHeight(narrow) <= Math.max(1400, 2.2 * svgHeight(wide));
  return { wide, narrow: fits ? narrow : null };
}

/** The height an SVG string declares. */
export function svgHeight(svg: string): number {
  return Number(/^<svg[^>]*?\sheight="([\d.]+)"/.exec(svg)?.[1] ?? 0);
}

/** The width an SVG string declares. */
export function svgWidth(svg: string): number {
  return Number(/^<svg[^>]*?\swidth="([\d.]+)"/.exec(svg)?.[1] ?? 0);
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
  /** The drawing: one SVG for every width, or one per layout (`responsiveSvg`). */
  svg: string | ResponsiveSvg;
  rows: readonly Record<string, CsvValue>[];
  columns: readonly FigureColumn[];
  provenance: FigureProvenance;
  /** A chart too detailed to shrink to a phone's width: it keeps its size and scrolls sideways there. */
  wide?: boolean;
  /** What a phone shows when `svg.narrow` is null; the full data table by default. */
  phoneTable?: PhoneTable;
}): string {
  if (o.phoneTable !== undefined && o.phoneTable.columns.length > 3)
    throw new Error(message.phoneTableColumns(o.id, o.phoneTable.columns.length));
  const id = o.id.replace(/[^a-z0-9-]/gi, "-");
  const csv = toCsv(
    o.rows,
    o.columns.map((c) => c.field),
  );
  const href = `data:text/csv;charset=utf-8,${encodeURIComponent(csv)}`;
  const svg = typeof o.svg === "string" ? { wide: o.svg, narrow: o.svg } : o.svg;
  const table = tableHtml(o.title, o.rows, o.columns);
  const phone =
    o.phoneTable === undefined
      ? `<p class="hnl-phone-note">This chart is too detailed for a narrow screen, so its numbers are shown as a table; on a wider screen, or in print, it is drawn.</p>${table}`
      : `<p class="hnl-phone-note">This chart is too detailed for a narrow screen. ${escapeHtml(o.phoneTable.note)}; every number is in the data table below, and on a wider screen, or in print, the chart is drawn.</p>${tableHtml(o.title, o.phoneTable.rows, o.phoneTable.columns)}`;
  const p = o.provenance;
  const provenance = [
    `Source: ${p.dataset} (${p.snapshot})`,
    `rows used: ${p.rowsUsed.toLocaleString("en-GB")}`,
    ...(p.filters ? [p.filters] : []),
  ].join(" · ");
  const layouts =
    svg.narrow === svg.wide
      ? [
          o.wide === true
            ? `<div class="hnl-chart hnl-chart-wide" tabindex="0" role="region" aria-label="Chart: ${escapeHtml(o.title)}">${svg.wide}</div>`
            : `<div class="hnl-chart">${svg.wide}</div>`,
        ]
      : [
          o.wide === true
            ? `<div class="hnl-chart hnl-chart-wide hnl-layout-wide" tabindex="0" role="region" aria-label="Chart: ${escapeHtml(o.title)}">${svg.wide}</div>`
            : `<div class="hnl-chart hnl-layout-wide">${svg.wide}</div>`,
          svg.narrow === null
            ? `<div class="hnl-layout-narrow hnl-phone-table">${phone}</div>`
            : `<div class="hnl-chart hnl-layout-narrow">${svg.narrow}</div>`,
        ];
  return [
    `<figure class="hnl-figure${svg.narrow === null ? " hnl-no-narrow" : ""}" id="${id}">`,
    `<figcaption><strong>${escapeHtml(o.title)}</strong> ${escapeHtml(o.description)}</figcaption>`,
    ...layouts,
    `<details class="hnl-table"><summary>Data table (${o.rows.length} rows)</summary>`,
    `<div class="hnl-table-scroll" tabindex="0" role="region" aria-label="Data table: ${escapeHtml(o.title)}">${table}</div></details>`,
    `<p class="hnl-provenance">${escapeHtml(provenance)} · <a download="${id}.csv" href="${escapeHtml(href)}">Download the data (CSV)</a></p>`,
    "</figure>",
  ].join("\n");
}

/** Rows as an accessible table; each cell names its column, so a phone can show a row as a stacked card (see the theme). */
function tableHtml(title: string, rows: readonly Record<string, CsvValue>[], columns: readonly FigureColumn[]): string {
  const head = columns.map((c) => `<th scope="col">${escapeHtml(c.title)}</th>`).join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${columns.map((c) => `<td data-label="${escapeHtml(c.title)}"${typeof r[c.field] === "number" ? ' class="num"' : ""}>${escapeHtml(show(r[c.field]))}</td>`).join("")}</tr>`,
    )
    .join("");
  return `<table><caption>${escapeHtml(title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function show(v: CsvValue): string {
  if (v === null || v === undefined) return "";
  return typeof v === "number" ? v.toLocaleString("en-GB") : String(v);
}
