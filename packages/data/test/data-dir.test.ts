import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findRepoRoot, resolveDataDir } from "../src/data-dir.js";

const root = findRepoRoot(__dirname);

describe("resolveDataDir", () => {
  it("prefers --data-dir, then HNL_DATA_DIR, then datasets/cache", () => {
    expect(resolveDataDir({ flag: "/a", env: { HNL_DATA_DIR: "/b" } })).toEqual({ path: "/a", source: "flag" });
    expect(resolveDataDir({ env: { HNL_DATA_DIR: "/b" } })).toEqual({ path: "/b", source: "env" });
    expect(resolveDataDir({ env: {}, cwd: __dirname })).toEqual({ path: join(root, "datasets", "cache"), source: "default" });
  });

  it("reads a relative path from the repository root, wherever the task runs", () => {
    expect(resolveDataDir({ env: { HNL_DATA_DIR: "../shared/datasets" }, cwd: __dirname }).path).toBe(
      join(root, "..", "shared", "datasets"),
    );
  });

  it("finds the repository root from inside a package", () => {
    expect(findRepoRoot(__dirname)).toBe(join(__dirname, "..", "..", ".."));
  });
});
