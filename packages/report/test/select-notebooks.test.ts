import { describe, expect, it } from "vitest";
import { selectNotebooks } from "../src/select-notebooks.js";
import { manifest, tree } from "./fixtures.js";

describe("selectNotebooks", () => {
  const root = tree({
    "notebooks/02-a/notebook.json": manifest("02-a"),
    "notebooks/02-a/src/index.md": "# A",
    "notebooks/05-half-made/notebook.json": manifest("05-half-made"),
    "notebooks/_template/notebook.json": manifest("_template"),
    "notebooks/_template/src/index.md": "# T",
  });

  it("previews one notebook even while another is half-made", () => {
    expect(selectNotebooks(root, ["02-a"]).map((n) => n.manifest.slug)).toEqual(["02-a"]);
    expect(selectNotebooks(root, ["_template"]).map((n) => n.manifest.slug)).toEqual(["_template"]);
  });

  it("names the notebooks there are when asked for one that is not", () => {
    expect(() => selectNotebooks(root, ["nope"])).toThrow('There is no notebook "nope". Notebooks: 02-a, 05-half-made, _template.');
  });

  it("refuses to build the whole report with a half-made notebook, saying which", () => {
    expect(() => selectNotebooks(root)).toThrow("Notebook 05-half-made has no pages: expected at least src/index.md.");
  });
});
