import { escapeHtml } from "@hnl/charts";

/** One column of a table the page builds itself: its header and how a row renders into a cell (as HTML). */
export interface TableColumn<T> {
  title: string;
  /** The cell's HTML: build it from `escapeHtml`-ed text only. */
  cell: (row: T) => string;
  /** Right-aligned figures. */
  numeric?: boolean;
}

/**
 * A table in a keyboard-reachable, named scrolling box (`hnl-scroll`), so a wide table scrolls
 * inside its box on a phone rather than widening the page.
 *
 * @example
 * htmlTable({ id: "t", label: "Sizes", caption: "Sizes", rows, columns: [{ title: "ID", cell: (r) => escapeHtml(r.id) }] })
 */
export function htmlTable<T>(o: {
  id: string;
  label: string;
  caption: string;
  rows: readonly T[];
  columns: readonly TableColumn<T>[];
  className?: string;
}): string {
  const head = o.columns.map((c) => `<th scope="col">${escapeHtml(c.title)}</th>`).join("");
  const body = o.rows
    .map((r) => `<tr>${o.columns.map((c) => `<td${c.numeric ? ' class="num"' : ""}>${c.cell(r)}</td>`).join("")}</tr>`)
    .join("\n");
  return [
    `<div class="hnl-scroll${o.className ? ` ${escapeHtml(o.className)}` : ""}" id="${escapeHtml(o.id)}" tabindex="0" role="region" aria-label="${escapeHtml(o.label)}">`,
    `<table><caption>${escapeHtml(o.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`,
    "</div>",
  ].join("\n");
}
