import { describe, expect, it } from "vitest";
import { htmlTable } from "../../src/data/html-table.ts";

describe("htmlTable", () => {
  it("escapes every text and wraps the table in a named, focusable scrolling region", () => {
    const html = htmlTable({
      id: "t",
      caption: "A <b> caption",
      columns: [{ title: "Name" }, { title: "N", numeric: true }],
      rows: [["<script>x</script>", 1234]],
    });
    expect(html).toContain('<div class="hnl-scroll" id="t" tabindex="0" role="region" aria-label="A &lt;b&gt; caption">');
    expect(html).toContain("<td>&lt;script&gt;x&lt;/script&gt;</td>");
    expect(html).toContain('<td class="num">1,234</td>');
    expect(html).not.toContain("<script>");
  });
});
