import { readFileSync } from "node:fs";
import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { rebuildSearchIndex, searchText } from "../src/search-index.js";
import { tree } from "./fixtures.js";

describe("rebuildSearchIndex", () => {
  it("indexes the finished pages (text written by page code included), linking each result to its file", () => {
    const old = new MiniSearch({ fields: ["title", "text", "keywords"], storeFields: ["title"] });
    old.add({ id: "/01-a/", title: "Chapter A", text: "", keywords: "" });
    old.add({ id: "/notes", title: "Notes", text: "", keywords: "" });
    const root = tree({
      "_observablehq/minisearch.0123abcd.json": JSON.stringify(old.toJSON()),
      "01-a/index.html":
        '<main id="observablehq-main"><p>Projects deliver in <span>Kenya</span> &amp; Côte d’Ivoire.</p><script>var Nairobi</script></main>',
      "notes.html": '<main id="observablehq-main"><p>Nothing here.</p></main>',
    });
    expect(rebuildSearchIndex(root)).toBe(2);
    const json = readFileSync(`${root}/_observablehq/minisearch.0123abcd.json`, "utf8");
    const index = MiniSearch.loadJSON(json, { fields: ["title", "text", "keywords"], storeFields: ["title"] });
    expect(index.search("Kenya").map((r) => r.id)).toEqual(["/01-a/index.html"]);
    expect(index.search("Cote").map((r) => r.id)).toEqual(["/01-a/index.html"]);
    expect(index.search("Nairobi")).toEqual([]);
    expect(JSON.parse(json).options).toEqual({ fields: ["title", "text", "keywords"], storeFields: ["title"] });
  });

  it("extracts text as Framework does: tags, scripts and styles out, accents folded", () => {
    expect(searchText("<p>Café <b>au</b></p><style>.x{}</style>").trim().split(/\s+/)).toEqual(["Cafe", "au"]);
  });
});
