import { mkdirSync, mkdtempSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { watchLoaderImports } from "../src/watch-loader-imports.js";

describe("watchLoaderImports", () => {
  it("touches the loaders importing a saved module, once for a burst of saves, and not for a saved loader", async () => {
    const root = mkdtempSync(join(tmpdir(), "hnl-watch-"));
    const src = join(root, "src");
    mkdirSync(join(src, "data"), { recursive: true });
    mkdirSync(join(root, "packages"));
    writeFileSync(join(src, "data/analysis.ts"), "export const a = 1;");
    writeFileSync(join(src, "data/a.json.ts"), 'import { a } from "./analysis.ts";\nconsole.log(a);');
    writeFileSync(join(src, "data/b.json.ts"), 'console.log("{}");');
    const old = new Date(2020, 0, 1);
    for (const f of ["a.json.ts", "b.json.ts"]) utimesSync(join(src, "data", f), old, old);
    const batches: { changed: readonly string[]; loaders: readonly string[] }[] = [];
    const w = watchLoaderImports({
      srcDirs: [src],
      packagesDir: join(root, "packages"),
      debounceMs: 150,
      onRerun: (changed, loaders) => batches.push({ changed, loaders }),
    });
    try {
      await new Promise((r) => setTimeout(r, 100));
      writeFileSync(join(src, "data/b.json.ts"), 'console.log("[]");');
      utimesSync(join(src, "data/b.json.ts"), old, old);
      writeFileSync(join(src, "data/analysis.ts"), "export const a = 2;");
      writeFileSync(join(src, "data/analysis.ts"), "export const a = 3;");
      for (let i = 0; i < 40 && batches.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 400));
    } finally {
      w.close();
    }
    expect(batches).toEqual([{ changed: [join(src, "data/analysis.ts")], loaders: [join(src, "data/a.json.ts")] }]);
    expect(statSync(join(src, "data/a.json.ts")).mtimeMs).toBeGreaterThan(old.getTime());
    expect(statSync(join(src, "data/b.json.ts")).mtimeMs).toBe(old.getTime());
  });
});
