import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { jargonIn, pageProse } from "@hnl/report";
import { describe, expect, it } from "vitest";

const src = fileURLToPath(new URL("../../src/", import.meta.url));

describe("the chapter's words for readers", () => {
  it("keep package names, file paths, field names and kit jargon out of the page's own text (the technical notes hold them)", () => {
    const md = pageProse(readFileSync(join(src, "index.md"), "utf8"));
    expect(jargonIn(md)).toEqual([]);
    expect(md).toMatch(/\[appendix\]/);
  });

  it("describe what each figure rests on in plain words", () => {
    const filters = readdirSync(join(src, "data"))
      .filter((f) => f.endsWith(".html.ts"))
      .flatMap((f) =>
        [...readFileSync(join(src, "data", f), "utf8").matchAll(/figureProvenance\(\s*s,\s*"([^"]*)"/g)].map((m) => m[1] ?? ""),
      );
    expect(filters.length).toBeGreaterThanOrEqual(9);
    expect(filters.flatMap((f) => jargonIn(f))).toEqual([]);
  });
});
