import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { message } from "../src/messages.js";
import { fillNpmCache, OFFLINE_LIBRARIES } from "../src/npm-cache.js";
import { tree } from "./fixtures.js";

const require = createRequire(import.meta.url);
const installed = (name: string): string =>
  (JSON.parse(readFileSync(join(import.meta.dirname, "..", "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
const d3 = installed("d3");
const plot = installed("@observablehq/plot");
const arrow = installed("apache-arrow");

function fill() {
  const dir = tree({});
  const root = join(dir, "src");
  const bundleCache = join(dir, "bundles");
  return { root, bundleCache, npm: join(root, ".observablehq", "cache", "_npm"), filled: fillNpmCache({ root, bundleCache }) };
}

describe("fillNpmCache", () => {
  it("bundles each library under its installed version, with the files DuckDB loads at run time", () => {
    const { filled } = fill();
    expect(filled.map((f) => [f.name, f.version, f.files, f.bundled])).toEqual([
      ["d3", d3, ["_esm.js"], true],
      ["htl", installed("htl"), ["_esm.js"], true],
      ["isoformat", installed("isoformat"), ["_esm.js"], true],
      ["@observablehq/plot", plot, ["_esm.js"], true],
      ["apache-arrow", arrow, ["_esm.js"], true],
      [
        "@duckdb/duckdb-wasm",
        "1.29.0",
        ["_esm.js", "dist/duckdb-browser-eh.worker.js", "dist/duckdb-browser-mvp.worker.js", "dist/duckdb-eh.wasm", "dist/duckdb-mvp.wasm"],
        true,
      ],
    ]);
  });

  it("writes Framework's cache layout: real version folders for served libraries, placeholders for the rest", () => {
    const { npm } = fill();
    expect(readdirSync(npm).sort()).toEqual(
      expect.arrayContaining([`d3@${d3}`, `apache-arrow@${arrow}`, "react@0.0.0-offline", "arquero@0.0.0-offline", "@observablehq"]),
    );
    expect(readdirSync(join(npm, "@observablehq")).sort()).toEqual([
      "duckdb@0.0.0-offline",
      "inputs@0.0.0-offline",
      `plot@${plot}`,
      "sample-datasets@0.0.0-offline",
    ]);
    expect(readdirSync(npm).filter((e) => e.startsWith("d3@"))).toEqual([`d3@${d3}`]);
    expect(readFileSync(join(npm, "@duckdb", "duckdb-wasm@1.29.0", "dist", "duckdb-eh.wasm")).subarray(0, 4)).toEqual(
      Buffer.from([0, 0x61, 0x73, 0x6d]),
    );
  });

  it("keeps shared libraries as imports of their own bundle, relative to the importing one", () => {
    const { npm } = fill();
    const plotCode = readFileSync(join(npm, "@observablehq", `plot@${plot}`, "_esm.js"), "utf8");
    const imports = [...plotCode.matchAll(/from"([^"]+)"/g)].map((m) => m[1]);
    expect([...new Set(imports)].sort()).toEqual([`../../d3@${d3}/_esm.js`, `../../isoformat@${installed("isoformat")}/_esm.js`]);
    const duckdb = readFileSync(join(npm, "@duckdb", "duckdb-wasm@1.29.0", "_esm.js"), "utf8");
    expect([...new Set([...duckdb.matchAll(/from"([^"]+)"/g)].map((m) => m[1]))]).toEqual([`../../apache-arrow@${arrow}/_esm.js`]);
    expect(readFileSync(join(npm, `d3@${d3}`, "_esm.js"), "utf8")).not.toMatch(/\bfrom"/);
  });

  it("reuses its bundles and replaces every earlier version folder", () => {
    const { root, bundleCache, npm } = fill();
    mkdirSync(join(npm, "d3@99.0.0"));
    const again = fillNpmCache({ root, bundleCache });
    expect(again.every((f) => !f.bundled)).toBe(true);
    expect(existsSync(join(npm, "d3@99.0.0"))).toBe(false);
    expect(lstatSync(join(npm, `d3@${d3}`, "_esm.js")).isSymbolicLink()).toBe(true);
  });

  it("replaces a bundle folder left without its bundle, and keeps the others", () => {
    const { root, bundleCache, npm } = fill();
    const entry = readdirSync(bundleCache).find((e) => e.startsWith(`d3@${d3}-`)) ?? "";
    rmSync(join(bundleCache, entry, "_esm.js"));
    const again = fillNpmCache({ root, bundleCache });
    expect(again.filter((f) => f.bundled).map((f) => f.name)).toEqual(["d3"]);
    expect(readFileSync(join(npm, `d3@${d3}`, "_esm.js"), "utf8").length).toBeGreaterThan(1000);
    expect(readdirSync(bundleCache).filter((e) => e.includes(".tmp-"))).toEqual([]);
  });

  it("leaves its bundles in place when the staged site is removed", () => {
    const { root, bundleCache } = fill();
    rmSync(root, { recursive: true, force: true });
    expect(readdirSync(bundleCache).filter((e) => existsSync(join(bundleCache, e, "_esm.js")))).toHaveLength(OFFLINE_LIBRARIES.length);
  });

  it("says which library is missing and how to add it", () => {
    const dir = tree({});
    expect(() =>
      fillNpmCache({ root: join(dir, "src"), bundleCache: join(dir, "b"), resolveFrom: dir, libraries: [{ name: "d3" }] }),
    ).toThrow(message.npmNotInstalled("d3", dir));
  });

  it("refuses a DuckDB-Wasm that Framework does not load", () => {
    const dir = tree({ "node_modules/@duckdb/duckdb-wasm/package.json": '{"version": "1.30.0"}' });
    expect(() =>
      fillNpmCache({ root: join(dir, "src"), bundleCache: join(dir, "b"), resolveFrom: dir, libraries: OFFLINE_LIBRARIES.slice(-1) }),
    ).toThrow(message.npmWrongVersion("@duckdb/duckdb-wasm", "1.30.0", "1.29.0"));
  });

  it("serves the DuckDB-Wasm version that the installed Framework asks for", () => {
    const framework = dirname(require.resolve("@observablehq/framework/package.json"));
    const pinned = /DUCKDB_WASM_VERSION = "([^"]+)"/.exec(readFileSync(join(framework, "dist", "duckdb.js"), "utf8"))?.[1];
    expect(OFFLINE_LIBRARIES.find((l) => l.name === "@duckdb/duckdb-wasm")?.version).toBe(pinned);
  });
});
