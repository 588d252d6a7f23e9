import { mkdirSync, mkdtempSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { importSpecifiers, loaderDependents, touchLoaders, workspacePackages } from "../src/loader-dependents.js";

/** A throwaway repository: a notebook's src and two workspace packages (charts uses data). */
function repo(): string {
  const root = mkdtempSync(join(tmpdir(), "hnl-loaders-"));
  const files: Record<string, string> = {
    "src/data/analysis.ts": 'import { load } from "./load.js";\nexport const analysis = load();',
    "src/data/load.ts": 'import { loadProjects } from "@hnl/data";\nexport const load = () => loadProjects();',
    "src/data/tables.ts": 'import type { Analysis } from "./analysis.ts";\nexport const table = (a: Analysis) => a;',
    "src/data/sdg.json.ts": 'import { analysis } from "./analysis.ts";\nprocess.stdout.write(JSON.stringify(analysis));',
    "src/data/by-region.html.ts": 'import { figure } from "@hnl/charts";\nimport { table } from "./tables.ts";\nfigure(table);',
    "src/data/overview.json.ts": '// import { analysis } from "./analysis.ts";\nconsole.log("{}");',
    "src/data/lazy.csv.ts": 'const m = await import("./tables.js");\nconsole.log(m);',
    "src/index.md": "# Page",
    "packages/data/package.json": JSON.stringify({ name: "@hnl/data", dependencies: { zod: "catalog:" } }),
    "packages/data/dist/index.js": "export {};",
    "packages/charts/package.json": JSON.stringify({ name: "@hnl/charts", dependencies: { "@hnl/data": "workspace:*" } }),
    "packages/charts/dist/index.js": "export {};",
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
  return root;
}

describe("loaderDependents", () => {
  const root = repo();
  const src = join(root, "src");
  const packages = workspacePackages(join(root, "packages"));
  const names = (files: string[]) => files.map((f) => f.slice(src.length + 1));

  it("finds the loaders importing a module, directly or through other modules (type imports count)", () => {
    expect(names(loaderDependents([src], join(src, "data/load.ts"), packages))).toEqual([
      "data/by-region.html.ts",
      "data/lazy.csv.ts",
      "data/sdg.json.ts",
    ]);
    expect(names(loaderDependents([src], join(src, "data/tables.ts"), packages))).toEqual(["data/by-region.html.ts", "data/lazy.csv.ts"]);
  });

  it("ignores imports in comments and never names a loader as its own dependent", () => {
    expect(names(loaderDependents([src], join(src, "data/sdg.json.ts"), packages))).toEqual([]);
    expect(importSpecifiers('// import x from "./a.ts"\n/* import "./b.ts" */\nexport { y } from "./c.js";')).toEqual(["./c.js"]);
  });

  it("reaches the loaders using a rebuilt workspace package, and those using a package that depends on it", () => {
    expect(names(loaderDependents([src], join(root, "packages/charts/dist/index.js"), packages))).toEqual(["data/by-region.html.ts"]);
    expect(names(loaderDependents([src], join(root, "packages/data/dist/index.js"), packages))).toEqual([
      "data/by-region.html.ts",
      "data/lazy.csv.ts",
      "data/sdg.json.ts",
    ]);
  });

  it("names no loader for a file nothing imports", () => {
    expect(loaderDependents([src], join(src, "index.md"), packages)).toEqual([]);
  });
});

describe("touchLoaders", () => {
  it("sets each loader's modification time to now, which is what Framework's preview watches", () => {
    const root = repo();
    const loader = join(root, "src/data/sdg.json.ts");
    utimesSync(loader, new Date(2020, 0, 1), new Date(2020, 0, 1));
    const now = new Date(2030, 0, 1);
    touchLoaders([loader], now);
    expect(statSync(loader).mtimeMs).toBe(now.getTime());
  });
});
