import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { discoverNotebooks } from "../src/discover-notebooks.js";
import { applyNumbers, captionedItems, numberFigures } from "../src/figure-numbers.js";
import { manifest, tree } from "./fixtures.js";

const fig = (id: string) =>
  `<figure class="hnl-figure" id="${id}"><figcaption>${id}</figcaption><details><table><caption>data</caption></table></details></figure>`;
const table = (caption: string, id = "") =>
  `<table${id ? ` id="${id}"` : ""}><caption>${caption}</caption><thead><tr><th>a</th></tr></thead></table>`;

describe("numberFigures", () => {
  it("numbers figures and tables per chapter in reading order across its pages, each once, a figure's own table not counted", () => {
    const root = tree({
      "notebooks/01-a/notebook.json": manifest("01-a"),
      "notebooks/01-a/src/index.md": "# A",
      "notebooks/01-a/src/technical-notes.md": "# Notes",
      "notebooks/02-b/notebook.json": manifest("02-b"),
      "notebooks/02-b/src/index.md": "# B",
      "dist/01-a/index.html": `${table("first table")}${fig("zeta")}${fig("alpha")}${fig("zeta")}`,
      "dist/01-a/technical-notes.html": `${table("second table", "t2")}${fig("beta")}`,
      "dist/02-b/index.html": fig("gamma"),
    });
    const notebooks = discoverNotebooks(root);
    const numbers = numberFigures(`${root}/dist`, notebooks).map(({ id, number, href, kind }) => ({ id, number, href, kind }));
    expect(numbers).toEqual([
      { id: "table-1-1", number: "1.1", href: "/01-a/#table-1-1", kind: "table" },
      { id: "zeta", number: "1.1", href: "/01-a/#zeta", kind: "figure" },
      { id: "alpha", number: "1.2", href: "/01-a/#alpha", kind: "figure" },
      { id: "t2", number: "1.2", href: "/01-a/technical-notes#t2", kind: "table" },
      { id: "beta", number: "1.3", href: "/01-a/technical-notes#beta", kind: "figure" },
      { id: "gamma", number: "2.1", href: "/02-b/#gamma", kind: "figure" },
    ]);
    const html = readFileSync(`${root}/dist/01-a/index.html`, "utf8");
    const out = applyNumbers(
      html,
      numberFigures(`${root}/dist`, notebooks).filter((n) => n.href.startsWith("/01-a/#")),
    );
    expect(out).toContain('<table id="table-1-1"><caption><span class="hnl-tabnum">Table 1.1. </span>first table');
    expect(out).toContain('<figure class="hnl-figure" id="zeta"><figcaption><span class="hnl-fignum">Figure 1.1. </span>zeta');
    expect(out).toContain('id="alpha"><figcaption><span class="hnl-fignum">Figure 1.2. </span>');
    expect(out).toContain("<caption>data</caption>");
    // Applying twice does not number twice.
    expect(
      applyNumbers(
        out,
        numberFigures(`${root}/dist`, notebooks).filter((n) => n.href.startsWith("/01-a/#")),
      ),
    ).toBe(out);
  });

  it("finds captioned items in document order, ignoring tags written inside scripts", () => {
    expect(captionedItems(`${fig("x")}${table("t")}`).map((i) => i.kind)).toEqual(["figure", "table"]);
    expect(captionedItems(`<script>// A figure file holds one <figure>: a chart</script>${fig("y")}`).map((i) => i.id)).toEqual(["y"]);
  });
});
