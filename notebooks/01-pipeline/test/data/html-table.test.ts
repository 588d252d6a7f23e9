import { escapeHtml } from "@hnl/charts";
import { describe, expect, it } from "vitest";
import { definitionsTable } from "../../src/data/definitions-table.ts";
import { htmlTable } from "../../src/data/html-table.ts";

describe("htmlTable", () => {
  it("wraps the table in a named, keyboard-reachable scrolling box", () => {
    const html = htmlTable({
      id: "t",
      label: "A & B",
      caption: "Cap <1>",
      rows: [{ a: "x" }],
      columns: [{ title: "A", cell: (r) => escapeHtml(r.a) }],
    });
    expect(html).toBe(
      [
        '<div class="hnl-scroll" id="t" tabindex="0" role="region" aria-label="A &amp; B">',
        '<table><caption>Cap &lt;1&gt;</caption><thead><tr><th scope="col">A</th></tr></thead><tbody>\n<tr><td>x</td></tr>\n</tbody></table>',
        "</div>",
      ].join("\n"),
    );
  });
});

describe("definitionsTable", () => {
  it("escapes every text from the data and shows coverage with its denominator", () => {
    const html = definitionsTable(
      [
        {
          field: "f",
          column: "<b>Col</b>",
          description: 'Say "hi" & <script>',
          type: "text",
          filled: 3,
          records: 4,
          coverage: 0.75,
          coverageLabel: "3 of 4 (75%)",
        },
      ],
      4,
    );
    expect(html).not.toMatch(/<b>|<script>/);
    expect(html).toContain("&lt;b&gt;Col&lt;/b&gt;");
    expect(html).toContain("Say &quot;hi&quot; &amp; &lt;script&gt;");
    expect(html).toContain('<span class="pl-coverage">75%</span>');
    expect(html).toContain('<span class="pl-of">3 of 4</span>');
  });
});
