import { escapeHtml } from "@hnl/charts";
import type { DataDefinition } from "./data-definitions.ts";
import { htmlTable } from "./html-table.ts";

/** The data definitions as an HTML table: name (field and column title), meaning, type, coverage with a bar. */
export function definitionsTable(definitions: readonly DataDefinition[], records: number): string {
  return htmlTable({
    id: "pipeline-data-definitions",
    className: "pl-definitions",
    label: "Data definitions of the Pipeline Dataset",
    caption: `The ${definitions.length} variables of the Pipeline Dataset, with the share of the ${records} records where each is filled in`,
    rows: definitions,
    columns: [
      { title: "Name", cell: (d) => `<code>${escapeHtml(d.field)}</code><br><span class="pl-column">${escapeHtml(d.column)}</span>` },
      { title: "Meaning", cell: (d) => escapeHtml(d.description) },
      { title: "Type", cell: (d) => escapeHtml(d.type) },
      {
        title: "Coverage",
        numeric: true,
        cell: (d) => {
          const pct = Math.round(d.coverage * 100);
          return `<span class="pl-coverage">${pct}%</span><span class="pl-bar" aria-hidden="true"><span style="width:${pct}%"></span></span><span class="pl-of">${d.filled} of ${d.records}</span>`;
        },
      },
    ],
  });
}
