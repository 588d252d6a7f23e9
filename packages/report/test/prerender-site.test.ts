import { describe, expect, it } from "vitest";
import { isInteractive, staticPage } from "../src/prerender-site.js";

const page = (cells: string) => `<html><body><main>
<p>There are <observablehq-loading></observablehq-loading><!--:aaaa0001:--> projects.</p>
<div class="observablehq observablehq--block"><!--:bbbb0002:--></div>
</main>
<script type="module">
import {define} from "../_observablehq/client.12345678.js";
${cells}
</script></body></html>`;

describe("staticPage", () => {
  const outputs = new Map([
    ["aaaa0001", "320"],
    ["bbbb0002", '<figure class="hnl-figure" id="f"><figcaption>F</figcaption></figure>'],
  ]);

  it("writes each cell's output in place and drops the cell code of a page without inputs", () => {
    const html = page('define({id: "aaaa0001", mode: "inline", inputs: ["s","display"], body: async (s,display) => {}});');
    expect(isInteractive(html)).toBe(false);
    const out = staticPage(html, outputs, false);
    expect(out).toContain("<p>There are 320<!--:aaaa0001:--> projects.</p>");
    expect(out).toContain('<figure class="hnl-figure" id="f">');
    expect(out).not.toContain("define(");
    expect(out).toContain('import "../_observablehq/client.12345678.js";');
  });

  it("keeps the runtime of a page with inputs and puts the output where the runtime replaces it", () => {
    const html = page('define({id: "cccc0003", inputs: ["Option","view","sdg"], outputs: ["region"], body: () => {}});');
    expect(isInteractive(html)).toBe(true);
    const out = staticPage(html, outputs, true);
    expect(out).toContain('<observablehq-loading class="hnl-static">320</observablehq-loading><!--:aaaa0001:-->');
    expect(out).toContain('<observablehq-loading class="hnl-static"><figure class="hnl-figure" id="f">');
    expect(out).toContain("define(");
  });

  it("turns a paragraph holding only a figure cell into a div, so the parser keeps the figure in the cell", () => {
    const html = page("").replace("</main>", "<p><observablehq-loading></observablehq-loading><!--:cccc0003:--></p></main>");
    const out = staticPage(html, new Map([["cccc0003", '<figure class="hnl-figure" id="g"></figure>']]), true);
    expect(out).toContain(
      '<div class="hnl-cell"><observablehq-loading class="hnl-static"><figure class="hnl-figure" id="g"></figure></observablehq-loading><!--:cccc0003:--></div>',
    );
  });

  it("drops the placeholder of a cell without output on a static page, keeps it for a runtime", () => {
    const html = page("");
    expect(staticPage(html, new Map([["aaaa0001", ""]]), false)).toContain("<p>There are <!--:aaaa0001:--> projects.</p>");
    expect(staticPage(html, new Map([["aaaa0001", ""]]), true)).toContain("<observablehq-loading></observablehq-loading><!--:aaaa0001:-->");
  });
});
