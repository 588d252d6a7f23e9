import { describe, expect, it } from "vitest";
import { discoverNotebooks } from "../src/discover-notebooks.js";
import { numberFigures } from "../src/figure-numbers.js";
import { manifest, tree } from "./fixtures.js";

describe("numberFigures", () => {
  it("numbers figures per chapter in the order each page reads or draws them", () => {
    const root = tree({
      "notebooks/01-a/notebook.json": manifest("01-a"),
      "notebooks/01-a/src/index.md": "# A",
      "notebooks/02-b/notebook.json": manifest("02-b"),
      "notebooks/02-b/src/index.md": "# B",
      "notebooks/02-b/src/more.md": "# More",
      "dist/01-a/index.html": '<script>registerFile("./_file/01-a/data/x.1.html");registerFile("./_file/01-a/data/y.2.html")</script>',
      "dist/_file/01-a/data/x.1.html": '<figure class="hnl-figure" id="first">',
      "dist/_file/01-a/data/y.2.html": '<figure class="hnl-figure" id="second">',
      "dist/02-b/index.html": 'fig.id = "drawn";',
      "dist/02-b/more.html": '"../_file/02-b/data/z.3.html"',
      "dist/_file/02-b/data/z.3.html": '<figure class="hnl-figure" id="third">',
    });
    const notebooks = discoverNotebooks(root);
    expect(numberFigures(`${root}/dist`, notebooks)).toEqual([
      { id: "first", number: "1.1", href: "/01-a/#first" },
      { id: "second", number: "1.2", href: "/01-a/#second" },
      { id: "drawn", number: "2.1", href: "/02-b/#drawn" },
      { id: "third", number: "2.2", href: "/02-b/more#third" },
    ]);
  });
});
