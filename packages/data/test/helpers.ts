import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import type { DataDir } from "../src/data-dir.js";

/** A throwaway data directory holding the given files (path relative to the data dir → text). */
export function fixtureDataDir(files: Record<string, string | Buffer>): DataDir {
  const path = mkdtempSync(join(tmpdir(), "hnl-data-"));
  for (const [rel, body] of Object.entries(files)) {
    mkdirSync(dirname(join(path, rel)), { recursive: true });
    writeFileSync(join(path, rel), body);
  }
  return { path, source: "flag" };
}

/** The real datasets beside the project (CI points HNL_DATA_DIR there too). */
export function realDataDir(): DataDir {
  const fromEnv = process.env.HNL_DATA_DIR;
  return { path: fromEnv ? resolve(fromEnv) : resolve(__dirname, "../../../../shared/datasets"), source: fromEnv ? "env" : "flag" };
}
