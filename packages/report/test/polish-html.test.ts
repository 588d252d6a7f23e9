import { describe, expect, it } from "vitest";
import { polishPage } from "../src/polish-html.js";

const shell = `<!DOCTYPE html>
<html>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar">
<nav id="observablehq-sidebar">
  <ol>
    <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
    <li class="observablehq-link"><a href="../">Home</a></li>
  </ol>
</nav>
<aside id="observablehq-toc" data-selector="h2">
<nav>
</nav>
</aside>`;

describe("polishPage", () => {
  it("adds a language, a zoomable viewport, a named toggle, named landmarks and a clean list", () => {
    expect(polishPage(shell)).toBe(`<!DOCTYPE html>
<html lang="en">
<meta name="viewport" content="width=device-width, initial-scale=1">
<input id="observablehq-sidebar-toggle" type="checkbox" title="Toggle sidebar" aria-label="Toggle sidebar">
<nav id="observablehq-sidebar" aria-label="Report chapters">
  <label id="observablehq-sidebar-close" for="observablehq-sidebar-toggle"></label>
<ol>
    <li class="observablehq-link"><a href="../index.html">Home</a></li>
  </ol>
</nav>
<aside id="observablehq-toc" data-selector="h2">
<nav aria-label="On this page">
</nav>
</aside>`);
  });

  it("is idempotent", () => {
    expect(polishPage(polishPage(shell))).toBe(polishPage(shell));
  });

  it("makes every link to a folder name its index.html, leaving other links alone", () => {
    expect(
      polishPage(
        '<a href="./">a</a><a href="../02-x/#f">b</a><a href="..">c</a><a href="https://x.org/">d</a><a href="#top">e</a><a href="learning.html">f</a>',
      ),
    ).toBe(
      '<a href="./index.html">a</a><a href="../02-x/index.html#f">b</a><a href="../index.html">c</a><a href="https://x.org/">d</a><a href="#top">e</a><a href="learning.html">f</a>',
    );
  });
});
