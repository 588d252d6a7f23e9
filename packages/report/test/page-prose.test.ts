import { describe, expect, it } from "vitest";
import { pageProse } from "../src/page-prose.js";

describe("pageProse", () => {
  it("keeps a page's own words: no code blocks, styles, live expressions or link targets", () => {
    const md = "# Title\n\nThere are ${n} projects; see [the notes](./technical-notes).\n\n```js\nconst n = 3;\n```\n<style>.a{}</style>";
    expect(pageProse(md).replace(/\s+/g, " ").trim()).toBe("# Title There are projects; see [the notes].");
  });
});
