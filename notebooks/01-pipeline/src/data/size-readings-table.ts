import { escapeHtml } from "@hnl/charts";
import { htmlTable } from "./html-table.ts";
import type { SizeReading } from "./sizes.ts";

/** Every stated size as recorded beside what the rule read from it, with the record's notes for context. */
export function sizeReadingsTable(readings: readonly SizeReading[]): string {
  return htmlTable({
    id: "pipeline-size-readings",
    label: "How each stated size was read",
    caption: `How each of the ${readings.length} stated maximum outcome payments was read, and converted to US dollars where needed`,
    rows: readings,
    columns: [
      {
        title: "Project",
        cell: (r) => `${escapeHtml(r.name)}<br><span class="pl-column">${escapeHtml(r.id)} · ${escapeHtml(r.stage)}</span>`,
      },
      { title: "Amount as recorded", cell: (r) => escapeHtml(r.text) },
      { title: "Currency column", cell: (r) => escapeHtml(r.currencyColumn) },
      { title: "Read as", cell: (r) => escapeHtml(r.reading) },
      { title: "Result", cell: (r) => escapeHtml(r.result) },
      { title: "Notes on the figure", cell: (r) => escapeHtml(r.notes) },
    ],
  });
}
