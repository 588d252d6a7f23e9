import { describe, expect, it } from "vitest";
import { discoverNotebooks, NotebookError } from "../src/discover-notebooks.js";
import { manifest, tree } from "./fixtures.js";

describe("discoverNotebooks", () => {
  it("finds every notebook with its pages, sorted, leaving out the template", () => {
    const root = tree({
      "notebooks/03-b/notebook.json": manifest("03-b", { challenge: 3 }),
      "notebooks/03-b/src/index.md": "# B home",
      "notebooks/03-b/src/methods.md": "---\ntitle: How we did it\n---\n# Methods",
      "notebooks/03-b/src/data/x.json.ts": "",
      "notebooks/01-a/notebook.json": manifest("01-a"),
      "notebooks/01-a/src/index.md": "no heading",
      "notebooks/_template/notebook.json": manifest("_template"),
      "notebooks/_template/src/index.md": "# T",
      "notebooks/not-a-notebook/readme.txt": "",
    });
    const found = discoverNotebooks(root);
    expect(found.map((n) => [n.manifest.slug, n.manifest.challenge, n.pages])).toEqual([
      ["01-a", null, [{ path: "index", title: "index" }]],
      [
        "03-b",
        3,
        [
          { path: "index", title: "B home" },
          { path: "methods", title: "How we did it" },
        ],
      ],
    ]);
    expect(discoverNotebooks(root, { includeTemplates: true }).map((n) => n.manifest.slug)).toEqual(["01-a", "03-b", "_template"]);
  });

  it("names the file and the problem when a manifest is invalid", () => {
    const root = tree({ "notebooks/x/notebook.json": '{"slug": "x"}', "notebooks/x/src/index.md": "# X" });
    const error = (() => {
      try {
        discoverNotebooks(root);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(NotebookError);
    expect((error as NotebookError).message).toBe(
      "notebooks/x/notebook.json is not a valid notebook manifest: title: Invalid input: expected string, received undefined",
    );
    expect((error as NotebookError).hint).toBe(
      'A notebook\'s notebook.json needs at least {"slug": "...", "title": "..."}; the slug must match the folder name.',
    );
  });

  it("refuses a slug that does not match its folder", () => {
    const root = tree({ "notebooks/x/notebook.json": manifest("y"), "notebooks/x/src/index.md": "# X" });
    expect(() => discoverNotebooks(root)).toThrow('notebooks/x/notebook.json says slug "y" but the folder is "x".');
  });

  it("refuses a notebook without an index page", () => {
    const root = tree({ "notebooks/x/notebook.json": manifest("x"), "notebooks/x/src/other.md": "# X" });
    expect(() => discoverNotebooks(root)).toThrow("Notebook x has no pages: expected at least src/index.md.");
  });
});
