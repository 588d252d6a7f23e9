import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { findRepoRoot } from "../src/data-dir.js";
import { realDataDir } from "./helpers.js";

/**
 * Every ```ts block of the README is a data loader a hack team may copy: each is type-checked
 * with the repository's strict config, run against the real data, and must print exactly the
 * ```text block that follows it. The examples sit inside the package (in test-results/, ignored
 * by git) so that `import ... from "@hnl/data"` resolves to the package itself, as it does in a
 * notebook; they run against the built dist/ (turbo builds before testing).
 */

const pkg = join(__dirname, "..");
const root = findRepoRoot(pkg);
const readme = readFileSync(join(pkg, "README.md"), "utf8");
const work = join(pkg, "test-results", "readme-examples");

interface Example {
  /** 1-based line of the ```ts fence, for the test's name. */
  line: number;
  code: string;
  expected: string | undefined;
}

/** The ```ts blocks, each with the ```text block right after it (blank lines between allowed). */
function examples(markdown: string): Example[] {
  const out: Example[] = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  const blocks = [...markdown.matchAll(fence)].map((m) => ({
    lang: m[1] ?? "",
    body: m[2] ?? "",
    start: m.index,
    end: m.index + m[0].length,
  }));
  for (const [i, b] of blocks.entries()) {
    if (b.lang !== "ts") continue;
    const next = blocks[i + 1];
    const between = next === undefined ? "" : markdown.slice(b.end, next.start);
    out.push({
      line: markdown.slice(0, b.start).split("\n").length,
      code: b.body,
      expected: next?.lang === "text" && between.trim() === "" ? next.body : undefined,
    });
  }
  return out;
}

/** Every name src/index.ts exports, read from the modules it re-exports. */
function exportedNames(): string[] {
  const index = readFileSync(join(pkg, "src", "index.ts"), "utf8");
  const names = new Set<string>();
  for (const [, mod] of index.matchAll(/export \* from "\.\/(.+)\.js";/g)) {
    const src = readFileSync(join(pkg, "src", `${mod}.ts`), "utf8");
    for (const [, name] of src.matchAll(/^export (?:declare )?(?:async )?(?:const|let|function|class|type|interface) ([A-Za-z0-9_$]+)/gm))
      if (name !== undefined) names.add(name);
  }
  return [...names].sort();
}

function run(file: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { cwd: pkg, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const found = examples(readme);
let compiled: { status: number | null; output: string };

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const [i, ex] of found.entries()) writeFileSync(join(work, `example-${String(i + 1).padStart(2, "0")}.ts`), ex.code);
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify({
      extends: join(root, "tsconfig.base.json"),
      compilerOptions: { rootDir: ".", outDir: "out", declaration: false, sourceMap: false, noEmitOnError: true },
      include: ["*.ts"],
    }),
  );
  const tsc = createRequire(__filename).resolve("typescript/bin/tsc");
  const r = spawnSync(process.execPath, [tsc, "-p", join(work, "tsconfig.json")], { encoding: "utf8" });
  compiled = { status: r.status, output: `${r.stdout}${r.stderr}` };
}, 120_000);

describe("README", () => {
  it("has runnable examples, each followed by the output it prints", () => {
    expect(found.length).toBeGreaterThan(10);
    expect(found.filter((ex) => ex.expected === undefined).map((ex) => `README.md:${ex.line}`)).toEqual([]);
  });

  it("names every export of the package", () => {
    const missing = exportedNames().filter((name) => !readme.includes(`\`${name}\``));
    expect(missing).toEqual([]);
  });

  it("has examples that type-check under the strict config", () => {
    expect(compiled.output).toBe("");
    expect(compiled.status).toBe(0);
  });

  const env = { ...process.env, HNL_DATA_DIR: process.env.HNL_DATA_DIR ?? realDataDir().path, TZ: "UTC", NO_COLOR: "1", FORCE_COLOR: "0" };
  for (const [i, ex] of found.entries()) {
    it(`runs the example at README.md:${ex.line} and prints what the README says`, async () => {
      const r = await run(join(work, "out", `example-${String(i + 1).padStart(2, "0")}.js`), env);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      expect(r.stdout.trimEnd()).toBe((ex.expected ?? "").trimEnd());
    });
  }
});
