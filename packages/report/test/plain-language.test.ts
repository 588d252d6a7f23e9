import { describe, expect, it } from "vitest";
import { jargonIn, visibleText } from "../src/plain-language.js";

const terms = (text: string) => jargonIn(text).map((h) => `${h.kind}: ${h.term}`);

describe("jargonIn", () => {
  it("finds package names, commands, file paths, code identifiers and builders' words", () => {
    expect(terms("Rows were validated by the kit's typed loaders (@hnl/data).")).toEqual([
      "package: @hnl/data",
      "builder jargon: the kit's",
      "builder jargon: typed loaders",
    ]);
    expect(terms("Run hnl csr sync --portal FILE")).toEqual(["command: hnl csr sync", "command: --portal"]);
    expect(terms("See src/data/rules/ and indigo/pipeline/pipelines.csv")).toEqual([
      "file path: src/data/rules/",
      "file path: indigo/pipeline/pipelines.csv",
    ]);
    expect(terms("upfrontFinance[].repaymentContingentOnOutcomes, classify() and the csr_spend table of a ContractDescription")).toEqual([
      "code identifier: upfrontFinance[].repaymentContingentOnOutcomes",
      "code identifier: classify()",
      "code identifier: csr_spend",
      "code identifier: ContractDescription",
    ]);
    expect(terms("The INDIGO adapter assumes a contract.")).toEqual(["builder jargon: adapter"]);
  });

  it("leaves plain prose alone, names such as GitHub and DuckDB too", () => {
    expect(terms("In Kenya, 16 of 132 projects (12%) target health; the data are on GitHub and as a DuckDB file.")).toEqual([]);
  });

  it("allows proper names from the data that look like code words, when a chapter lists them", () => {
    expect(terms("BeCode youth employment (Antwerp)")).toEqual(["code identifier: BeCode"]);
    expect(jargonIn("BeCode youth employment (Antwerp)", ["BeCode"])).toEqual([]);
  });

  it("reads the text of HTML as a reader sees it", () => {
    expect(visibleText('<p>A <b>b</b></p><script>const x = "@hnl/data";</script><style>.a{}</style>&amp; c')).toBe(" A b & c");
  });
});
