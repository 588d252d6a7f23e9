import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loaderKeys } from "../src/loader-keys.js";
import { runLoaders } from "../src/run-loaders.js";

const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
let root: string;
const stage = () => join(root, "reports", ".site-src");
const output = (target: string) => readFileSync(join(stage(), ".observablehq", "cache", target), "utf8");
const run = () =>
  runLoaders({
    root,
    srcRoot: stage(),
    cwd: join(root, "reports"),
    dataDir: join(root, "data"),
    store: join(root, "store"),
    tsx,
    concurrency: 2,
  });

// A tiny repository: two notebooks, a helper module one loader imports, a data folder, a lockfile.
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "hnl-run-loaders-"));
  const nb = (slug: string, files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, "notebooks", slug, path, ".."), { recursive: true });
      writeFileSync(join(root, "notebooks", slug, path), text);
    }
  };
  nb("01-a", {
    "notebook.json": "{}",
    "src/data/label.ts": 'export const label = "first";\n',
    "src/data/uses-label.html.ts": 'import { label } from "./label.ts";\nconsole.log(`<p>${label}</p>`);\n',
    "src/data/plain.json.ts": "console.log(JSON.stringify({ n: 1 }));\n",
    "findings.json": "[]\n",
    "src/data/reads-findings.json.ts":
      'import { readFileSync } from "node:fs";\nprocess.stdout.write(readFileSync(new URL("../../findings.json", import.meta.url), "utf8"));\n',
  });
  nb("02-b", { "notebook.json": "{}", "src/data/other.json.ts": "console.log(JSON.stringify({ n: 2 }));\n" });
  mkdirSync(join(root, "data"), { recursive: true });
  writeFileSync(join(root, "data", "rows.csv"), "a\n1\n");
  writeFileSync(join(root, "pnpm-lock.yaml"), "lockfileVersion: '9.0'\n");
  mkdirSync(stage(), { recursive: true });
  symlinkSync("../../notebooks/01-a/src", join(stage(), "01-a"));
  symlinkSync("../../notebooks/02-b/src", join(stage(), "02-b"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("runLoaders", () => {
  it("runs every loader the first time and stores each output under its content key", async () => {
    const r = await run();
    expect(r.ran.map((x) => x.loader).sort()).toEqual([
      "notebooks/01-a/src/data/plain.json.ts",
      "notebooks/01-a/src/data/reads-findings.json.ts",
      "notebooks/01-a/src/data/uses-label.html.ts",
      "notebooks/02-b/src/data/other.json.ts",
    ]);
    expect(r.failed).toEqual([]);
    expect(output("01-a/data/uses-label.html")).toBe("<p>first</p>\n");
    expect(readdirSync(join(root, "store")).length).toBeGreaterThan(0);
  }, 60_000);

  it("reuses every output when nothing changed", async () => {
    const r = await run();
    expect(r.ran).toEqual([]);
    expect(r.reused).toHaveLength(4);
    expect(output("02-b/data/other.json")).toBe('{"n":2}\n');
  }, 60_000);

  it("re-runs only the loader that imports a changed module", async () => {
    writeFileSync(join(root, "notebooks", "01-a", "src", "data", "label.ts"), 'export const label = "second";\n');
    const r = await run();
    expect(r.ran.map((x) => x.loader)).toEqual(["notebooks/01-a/src/data/uses-label.html.ts"]);
    expect(output("01-a/data/uses-label.html")).toBe("<p>second</p>\n");
  }, 60_000);

  it("re-runs only the loader whose code names a file it reads (findings.json) when that file changes", async () => {
    writeFileSync(join(root, "notebooks", "01-a", "findings.json"), '[{"id":"F1.1"}]\n');
    const r = await run();
    expect(r.ran.map((x) => x.loader)).toEqual(["notebooks/01-a/src/data/reads-findings.json.ts"]);
    expect(output("01-a/data/reads-findings.json")).toBe('[{"id":"F1.1"}]\n');
  }, 60_000);

  it("re-runs every loader when the data changes, and keys do not depend on where the repository is", async () => {
    const before = await loaderKeys({ root, srcRoot: stage(), dataDir: join(root, "data") });
    writeFileSync(join(root, "data", "rows.csv"), "a\n2\n");
    const after = await loaderKeys({ root, srcRoot: stage(), dataDir: join(root, "data") });
    expect(after.every((k, i) => k.key !== before[i]?.key)).toBe(true);
    expect(after.map((k) => k.imports)).toEqual([
      ["notebooks/01-a/src/data/plain.json.ts"],
      ["notebooks/01-a/src/data/reads-findings.json.ts"],
      ["notebooks/01-a/src/data/label.ts", "notebooks/01-a/src/data/uses-label.html.ts"],
      ["notebooks/02-b/src/data/other.json.ts"],
    ]);
    expect(JSON.stringify(after)).not.toContain(root);
  }, 60_000);

  it("reports a failing loader with its file:line and message, and writes no output for it", async () => {
    writeFileSync(
      join(root, "notebooks", "02-b", "src", "data", "other.json.ts"),
      "const p = {} as { stagee?: { name: string } };\nconsole.log(p.stagee!.name);\n",
    );
    const r = await run();
    expect(r.failed).toHaveLength(1);
    expect(r.failed[0]?.at).toBe("notebooks/02-b/src/data/other.json.ts:2:23");
    expect(r.failed[0]?.message).toBe("TypeError: Cannot read properties of undefined (reading 'name')");
    expect(() => output("02-b/data/other.json")).toThrow();
  }, 60_000);

  it("stores any file a loader makes, a database too, so a second build publishes the first build's bytes", async () => {
    // A DuckDB file's bytes differ from run to run (block layout); taken from the store, they do not.
    writeFileSync(
      join(root, "notebooks", "02-b", "src", "data", "random.duckdb.ts"),
      'import { randomBytes } from "node:crypto";\nprocess.stdout.write(randomBytes(16));\n',
    );
    const first = await run();
    expect(first.ran.map((x) => x.loader)).toContain("notebooks/02-b/src/data/random.duckdb.ts");
    const bytes = output("02-b/data/random.duckdb");
    const second = await run();
    expect(second.reused).toContain("02-b/data/random.duckdb.ts");
    expect(output("02-b/data/random.duckdb")).toBe(bytes);
  }, 60_000);

  it("keeps the first stored output when another build stores the same key while its loader runs, and publishes that", async () => {
    const loader = join(root, "notebooks", "02-b", "src", "data", "race.txt.ts");
    // The loader plays the other build: it stores its key's output before printing its own.
    writeFileSync(
      loader,
      'import { mkdirSync, writeFileSync } from "node:fs";\nimport { dirname } from "node:path";\nconst p = process.env.HNL_TEST_RACE ?? "";\nmkdirSync(dirname(p), { recursive: true });\nwriteFileSync(p, "stored by another build");\nprocess.stdout.write("this build");\n',
    );
    const key =
      (await loaderKeys({ root, srcRoot: stage(), dataDir: join(root, "data") })).find((k) => k.loader === "02-b/data/race.txt.ts")?.key ??
      "";
    const stored = join(root, "store", key.slice(0, 2), key);
    process.env.HNL_TEST_RACE = stored;
    try {
      const r = await run();
      expect(r.ran.map((x) => x.loader)).toContain("notebooks/02-b/src/data/race.txt.ts");
    } finally {
      delete process.env.HNL_TEST_RACE;
    }
    expect(readFileSync(stored, "utf8")).toBe("stored by another build");
    expect(output("02-b/data/race.txt")).toBe("stored by another build");
    expect(readdirSync(join(root, "store", key.slice(0, 2))).filter((f) => f.endsWith(".partial"))).toEqual([]);
  }, 60_000);
});
