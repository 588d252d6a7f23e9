// Tables the loaders write as HTML: every text from the data escaped, in a box that scrolls
// sideways on a phone and can be reached and named by keyboard and screen reader.
import { escapeHtml } from "@hnl/charts";

export interface TableColumn {
  title: string;
  numeric?: boolean;
}

export type Cell = string | number | null;

/**
 * A captioned table in an `hnl-scroll` region with the given id. Numbers are shown with
 * thousands separators and right-aligned; null is an empty cell.
 *
 * @example
 * htmlTable({ id: "family-rules", caption: "Family rules", columns: [{ title: "Rule" }], rows: [["Same provider"]] })
 */
export function htmlTable(o: { id: string; caption: string; columns: readonly TableColumn[]; rows: readonly (readonly Cell[])[] }): string {
  const head = o.columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ""}>${escapeHtml(c.title)}</th>`).join("");
  const body = o.rows
    .map(
      (r) =>
        `<tr>${r
          .map(
            (v, i) =>
              `<td${o.columns[i]?.numeric ? ' class="num"' : ""}>${escapeHtml(v === null ? "" : typeof v === "number" ? v.toLocaleString("en-GB") : v)}</td>`,
          )
          .join("")}</tr>`,
    )
    .join("");
  return [
    `<div class="hnl-scroll" id="${escapeHtml(o.id)}" tabindex="0" role="region" aria-label="${escapeHtml(o.caption)}">`,
    `<table><caption>${escapeHtml(o.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`,
    "</div>",
  ].join("");
}
