import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(packageDir, "README.md"), "utf8");
/** Every ```ts block of the README, with the heading it sits under. */
const examples = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => {
  const before = readme.slice(0, m.index);
  const heading = [...before.matchAll(/^#+ (.+)$/gm)].at(-1)?.[1] ?? "README";
  return { heading, code: m[1] ?? "" };
});
// The examples import the package by name, as a notebook does; here they run against its source.
const imports: Record<string, string> = {
  "@hnl/charts": join(packageDir, "src/index.ts"),
  "@hnl/data": fileURLToPath(import.meta.resolve("@hnl/data")),
};
const dir = mkdtempSync(join(tmpdir(), "hnl-charts-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each example is a node process loading vega: run a few at once, with room on a busy two-core machine.
describe.concurrent("README examples", () => {
  it("has a runnable example for every builder and helper it documents", () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
    for (const name of ["barChart", "columnChart", "lineChart", "dotPlot", "scatterPlot", "stackedBarChart", "heatmapChart"])
      expect(
        examples.some((e) => e.code.includes(`${name}(`)),
        name,
      ).toBe(true);
    for (const name of ["timelineChart", "sankeyFigure", "worldMapFigure", "figure", "responsiveSvg", "figureHtml", "untidyCells"])
      expect(
        examples.some((e) => e.code.includes(`${name}(`)),
        name,
      ).toBe(true);
  });

  for (const [i, example] of examples.entries()) {
    it(`${example.heading} (example ${i + 1}) prints a figure with an SVG, as a data loader`, async () => {
      const code = example.code.replace(/from "(@hnl\/[a-z-]+)"/g, (m, name: string) =>
        imports[name] === undefined ? m : `from ${JSON.stringify(imports[name])}`,
      );
      const file = join(dir, `example-${i + 1}.mts`);
      writeFileSync(file, code);
      const { stdout, stderr } = await run(join(packageDir, "node_modules/.bin/tsx"), [file], {
        cwd: packageDir,
        env: { ...process.env, TZ: "UTC" },
        maxBuffer: 1 << 26,
      });
      expect(stderr).toBe("");
      expect(stdout).toMatch(/^<figure class="hnl-figure[^"]*" id="[a-z0-9-]+">/);
      expect(stdout).toMatch(/<svg[^>]*role="img"/);
      expect(stdout).toContain("Download the data (CSV)");
    }, 180_000);
  }
});
