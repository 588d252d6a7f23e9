import { describe, expect, it } from "vitest";
import { checkReaderPages, isTechnicalPage, readerPageProblems } from "../src/check-reader-pages.js";
import type { Notebook } from "../src/discover-notebooks.js";
import { NotebookManifest } from "../src/notebook-manifest.js";
import { tree } from "./fixtures.js";

const nb = {
  manifest: NotebookManifest.parse({
    slug: "05-csr",
    title: "CSR",
    summary: "Eleven years of CSR spending.",
    years: { covered: ["FY 2014-15", "FY 2023-24"] },
  }),
  dir: "",
  srcDir: "",
  pages: [
    { path: "index", title: "CSR" },
    { path: "technical-notes", title: "Technical notes" },
  ],
} as Notebook;

describe("checkReaderPages", () => {
  const dist = tree({
    "index.html": "<main><p>Welcome.</p></main>",
    "summary.html": "<main><p>Read through the kit's typed loaders.</p></main>",
    "05-csr/index.html":
      '<main><p>Spending by state.</p><script type="module">registerFile("./data/fig.html", {"name":"./data/fig.html","path":"../_file/05-csr/data/fig.abc.html"});</script></main>',
    "_file/05-csr/data/fig.abc.html": "<figure><p>Source: rows of csr_spend</p></figure>",
    "05-csr/technical-notes.html": "<main><p>Built by @hnl/csr into csr_spend.</p></main>",
  });

  it("finds builders' words in pages, in the figures they attach, and over-claimed years; technical notes are exempt", () => {
    expect(readerPageProblems(dist, [nb]).map((p) => `${p.page}: ${p.problem}`)).toEqual([
      '/summary: builder jargon "the kit\'s" in reader-facing text',
      '/summary: builder jargon "typed loaders" in reader-facing text',
      '/05-csr/: code identifier "csr_spend" in reader-facing text',
      '/05-csr/: "Eleven years of" claims 11 years, but the chapter\'s data covers 2 (years in notebooks/05-csr/notebook.json)',
    ]);
    expect(() => checkReaderPages(dist, [nb])).toThrow("4 problem(s) in pages meant for readers:");
  });

  it("knows a technical page by its name", () => {
    expect(["technical-notes", "technical/schema", "index", "notes"].map(isTechnicalPage)).toEqual([true, true, false, false]);
  });
});
