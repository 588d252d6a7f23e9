import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EVIDENCE_IDS } from "../../src/data/findings.ts";

const notebook = fileURLToPath(new URL("../../", import.meta.url));
const tsx = join(notebook, "..", "node_modules", ".bin", "tsx");
const run = (loader: string, env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(tsx, [`src/data/${loader}`], { cwd: notebook, encoding: "utf8", env, maxBuffer: 16 * 1024 * 1024 });
const htmlLoaders = readdirSync(join(notebook, "src/data")).filter((f) => f.endsWith(".html.ts"));

describe("the notebook's data loaders", () => {
  it("print the page's summary as JSON on stdout", () => {
    const r = run("summary.json.ts");
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s).toMatchObject({ total: 132, definitionsCount: 99, sizes: { usd: 26 }, launch: { read: 33 } });
    expect(s.definitions).toBeUndefined();
  });

  it("print one figure or table each, with its id, drawn marks in a figure", () => {
    for (const [loader, id] of [
      ["stages.html.ts", "pipeline-stages"],
      ["countries.html.ts", "pipeline-countries"],
      ["definitions.html.ts", "pipeline-data-definitions"],
    ] as const) {
      const r = run(loader);
      expect(r.status, `${loader}: ${r.stderr.slice(-500)}`).toBe(0);
      const html = r.stdout.trim();
      expect(html).toMatch(new RegExp(`^<(figure|div) class="hnl-(figure|scroll)[^"]*" id="${id}"`));
      if (html.startsWith("<figure")) expect(html).toMatch(/role-mark/);
      // The CSV download carries the figure's tidy table: counts, denominator and share apart.
      if (loader === "stages.html.ts") {
        const csv = decodeURIComponent(/href="data:text\/csv;charset=utf-8,([^"]*)"/.exec(html)?.[1] ?? "");
        expect(csv.split("\r\n").slice(0, 2)).toEqual(["step,projects,allProjects,sharePercent", "Scoping,11,132,8.3"]);
      }
    }
  }, 120_000);

  it("give every id the findings may cite to exactly one figure or table of the chapter page, and the data definitions to the technical notes (read from the sources, not run)", () => {
    const attached = (page: string) =>
      [...readFileSync(join(notebook, "src", page), "utf8").matchAll(/FileAttachment\("data\/([\w-]+\.html)"\)/g)].map((m) => `${m[1]}.ts`);
    // The ids a loader writes, in its own source or in a table module it imports.
    const idsOf = (loaders: string[]) =>
      loaders.flatMap((f) => {
        const source = readFileSync(join(notebook, "src/data", f), "utf8");
        const tables = [...source.matchAll(/from "\.\/([\w-]+-table\.ts)"/g)].map((m) => m[1] ?? "");
        return [source, ...tables.map((t) => readFileSync(join(notebook, "src/data", t), "utf8"))].flatMap((s) =>
          [...s.matchAll(/\bid: "(pipeline-[a-z-]+)"/g)].map((m) => m[1]),
        );
      });
    const chapter = attached("index.md");
    const notes = attached("technical-notes.md");
    expect([...chapter, ...notes].sort()).toEqual([...htmlLoaders].sort());
    expect(idsOf(chapter).sort()).toEqual([...EVIDENCE_IDS].sort());
    expect(idsOf(notes)).toEqual(["pipeline-data-definitions", "pipeline-category-alignment"]);
  });

  it("exit 1 with a located message, not a stack trace, when the data is missing", () => {
    const r = run("stages.html.ts", { ...process.env, HNL_DATA_DIR: "/no/such/dir" });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^✖ The data directory \/no\/such\/dir \(set by HNL_DATA_DIR\) does not exist\. Could not find indigo\/pipeline\/pipelines\.csv/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
