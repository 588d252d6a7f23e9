import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dataDirLabel, findRepoRoot, resolveDataDir } from "../src/data-dir.js";

const root = findRepoRoot(__dirname);

describe("resolveDataDir", () => {
  it("prefers --data-dir, then HNL_DATA_DIR, then datasets/cache", () => {
    expect(resolveDataDir({ flag: "/a", env: { HNL_DATA_DIR: "/b" } })).toEqual({ path: "/a", source: "flag", given: "/a" });
    expect(resolveDataDir({ env: { HNL_DATA_DIR: "/b" } })).toEqual({ path: "/b", source: "env", given: "/b" });
    expect(resolveDataDir({ env: {}, cwd: __dirname })).toEqual({
      path: join(root, "datasets", "cache"),
      source: "default",
      given: join("datasets", "cache"),
    });
  });

  it("reads a relative path from the repository root, wherever the task runs", () => {
    expect(resolveDataDir({ env: { HNL_DATA_DIR: "../shared/datasets" }, cwd: __dirname }).path).toBe(
      join(root, "..", "shared", "datasets"),
    );
  });

  it("names a data directory as given, with where it came from and, when relative, where it resolved to", () => {
    expect(dataDirLabel(resolveDataDir({ flag: "../shared/datasets", cwd: __dirname }))).toBe(
      `../shared/datasets (set by --data-dir, resolved to ${join(root, "..", "shared", "datasets")})`,
    );
    expect(dataDirLabel(resolveDataDir({ env: { HNL_DATA_DIR: "/data" } }))).toBe("/data (set by HNL_DATA_DIR)");
    expect(dataDirLabel({ path: "/data", source: "flag" })).toBe("/data (set by --data-dir)");
  });

  it("finds the repository root from inside a package", () => {
    expect(findRepoRoot(__dirname)).toBe(join(__dirname, "..", "..", ".."));
  });
});
