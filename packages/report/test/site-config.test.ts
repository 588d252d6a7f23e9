import { describe, expect, it } from "vitest";
import type { Notebook } from "../src/discover-notebooks.js";
import { NotebookManifest } from "../src/notebook-manifest.js";
import { pageFooter, siteConfig } from "../src/site-config.js";

const nb = (slug: string, sources: string[]) =>
  ({ manifest: NotebookManifest.parse({ slug, title: slug, sources }), dir: "", srcDir: "", pages: [] }) as unknown as Notebook;
const datasets = [
  { id: "indigo", title: "INDIGO Impact Bond Dataset", publisher: "INDIGO, Government Outcomes Lab (GO Lab), Oxford" },
  { id: "toronto", title: "Toronto agency survey", publisher: "City of Toronto (Open Data)" },
];
const o = { notebooks: [nb("01-a", ["indigo"]), nb("06-b", ["toronto"])], datasets, licence: { name: "CC BY 4.0" } };

describe("pageFooter", () => {
  it("names the data a chapter uses, linked to the sources appendix, and the licence of the text", () => {
    expect(pageFooter("/06-b/index", o)).toBe(
      'Data used in this chapter: <a href="/appendix/sources#toronto">Toronto agency survey</a> (City of Toronto). Text: CC BY 4.0; data under their own licences. Made with the open-source INDIGO Hack-and-Learn analysis toolkit.',
    );
  });

  it("names every source on the report's own pages", () => {
    expect(pageFooter("/summary", o)).toContain(
      'Data used in this report: <a href="/appendix/sources#indigo">INDIGO Impact Bond Dataset</a> (INDIGO); <a',
    );
  });
});

describe("siteConfig", () => {
  it("keeps DuckDB from downloading its json and parquet extensions", () => {
    expect(siteConfig({ root: "src", notebooks: [] }).duckdb).toEqual({ extensions: { json: null, parquet: null } });
  });
});
