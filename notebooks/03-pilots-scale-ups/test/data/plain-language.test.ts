import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { jargonIn, pageProse } from "@hnl/report";
import { describe, expect, it } from "vitest";
import { RULES } from "../../src/data/rules.ts";
import { scaleStudy } from "../../src/data/scale-study.ts";
import { TABLE_TITLES, tablesHtml } from "../../src/data/tables-html.ts";

const src = fileURLToPath(new URL("../../src/", import.meta.url));

describe("the chapter's words for readers", () => {
  it("keep package names, file paths, field names and kit jargon out of the page's own text (the technical notes hold them)", () => {
    const md = pageProse(readFileSync(join(src, "index.md"), "utf8"));
    expect(jargonIn(md)).toEqual([]);
    expect(md).toMatch(/\[technical notes\]/);
  });

  it("describe what each figure rests on in plain words", () => {
    const figures = readFileSync(join(src, "data/figures.ts"), "utf8");
    // The strings of each `filters:` line, less the one-word operand of a comparison (`by === "sector"`).
    const filters = [...figures.matchAll(/filters:([^\n]*)/g)]
      .flatMap((m) => [...(m[1] ?? "").matchAll(/"([^"]*)"/g)].map((q) => q[1] ?? ""))
      .filter((f) => f.includes(" "));
    expect(filters).toHaveLength(3);
    expect(filters.flatMap((f) => jargonIn(f))).toEqual([]);
  });

  it("name the source tables in words in the chapter's accounting table, and every table the study reads", async () => {
    const s = await scaleStudy();
    const html = tablesHtml(s);
    const accounting = html.slice(html.indexOf('id="row-accounting"'));
    expect(accounting).not.toMatch(/\.csv|indigo\//);
    for (const a of s.accounting) expect(accounting).toContain(`<td>${TABLE_TITLES[a.table].replace(/'/g, "&#39;")}</td>`);
    expect(jargonIn(accounting.replace(/<[^>]+>/g, " "))).toEqual([]);
  });
});

describe("the technical notes", () => {
  it("name a module of src/data/rules/ for every family rule", () => {
    for (const r of RULES) expect(existsSync(join(src, "data/rules", `${r.id}.ts`)), r.id).toBe(true);
  });
});
