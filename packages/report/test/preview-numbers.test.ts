import { describe, expect, it } from "vitest";
import type { Notebook } from "../src/discover-notebooks.js";
import { captionedItems, numberFigures } from "../src/figure-numbers.js";
import { numberCaptioned, previewNumbersScript } from "../src/preview-numbers.js";
import { tree } from "./fixtures.js";

const fig = (id: string) =>
  `<figure class="hnl-figure" id="${id}"><figcaption>${id}</figcaption><table><caption>its data</caption></table></figure>`;
const pages = {
  "02-x/index.html": `<main>${fig("map")}<table><caption>Counts</caption></table>${fig("bars")}</main>`,
  "02-x/notes.html": `<main><table id="rules"><caption>Rules</caption></table>${fig("map")}${fig("lines")}<table><caption>More</caption></table></main>`,
};

describe("numberCaptioned", () => {
  it("numbers a chapter's figures and tables exactly as the build's numberFigures does", () => {
    const dist = tree(pages);
    const notebook = { manifest: { slug: "02-x" }, pages: [{ path: "index" }, { path: "notes" }] } as unknown as Notebook;
    // Chapter 2 of the report: the preview numbers it 2 as well.
    const other = { manifest: { slug: "01-y" }, pages: [] } as unknown as Notebook;
    const build = numberFigures(dist, [other, notebook]);
    const preview = numberCaptioned(
      2,
      Object.entries(pages).map(([file, html]) => ({
        path: `/${file.replace(/\.html$/, "")}`,
        items: captionedItems(html).map((i) => ({ kind: i.kind, id: i.id })),
      })),
    );
    expect(preview.map((p) => [p.id, p.kind, p.number, p.ordinal, p.hasId])).toEqual(
      build.map((b) => [b.id, b.kind, b.number, b.ordinal, b.hasId]),
    );
    expect(preview.map((p) => `${p.kind} ${p.number} ${p.id}`)).toEqual([
      "figure 2.1 map",
      "table 2.1 table-2-1",
      "figure 2.2 bars",
      "table 2.2 rules",
      "figure 2.3 lines",
      "table 2.3 table-2-3",
    ]);
  });
});

describe("previewNumbersScript", () => {
  it("is one script with the chapters, links relative to the page, and the build's own numbering functions", () => {
    const script = previewNumbersScript({ chapters: [{ number: 2, pages: ["/02-x/index", "/02-x/notes"] }], path: "/02-x/notes" });
    expect(script.startsWith("<script>") && script.endsWith("</script>")).toBe(true);
    const body = script.slice("<script>".length, -"</script>".length);
    expect(() => new Function(body)).not.toThrow();
    // Nothing in it may end the script early.
    expect(body.toLowerCase()).not.toContain("</script");
    expect(body).not.toContain("<!--");
    expect(body).toContain('"href":"../02-x/index.html"');
    expect(body).toContain('"href":"../02-x/notes.html"');
    expect(body).toContain(`const captionedItems = ${captionedItems.toString()}`);
    expect(body).toContain(`const numberCaptioned = ${numberCaptioned.toString()}`);
  });
});
