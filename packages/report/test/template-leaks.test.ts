import { describe, expect, it } from "vitest";
import { templateLeaks } from "../src/template-leaks.js";
import { tree } from "./fixtures.js";

describe("templateLeaks", () => {
  it("finds template text readers would see, not code or scripts", () => {
    const root = tree({
      "index.html": "<body><p>The pipeline holds 132 projects.</p><script>let x = undefined; `${y}`</script><code>NaN</code></body>",
      "a.html": "<body><p>Of these, NaN were launched in ${year}.</p></body>",
      "b.html": "<body><p>Grouped by [object Object].</p><p>Sector: undefined</p></body>",
    });
    const leaks = templateLeaks(root).map((l) => `${l.page} ${l.word}`);
    expect(leaks).toEqual(["/a ${", "/a NaN", "/b undefined", "/b [object Object]"]);
  });
});
