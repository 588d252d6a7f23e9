// The data directory for turbo tasks, made absolute, with a fingerprint of its files (path,
// size, modification time). The data lives outside the repository, so turbo cannot hash it;
// handing it the fingerprint means new data gives a new build, never a stale cache.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "..");

/** `{ HNL_DATA_DIR, HNL_DATA_FINGERPRINT }` for a data directory given as flag, env or default. */
export function dataEnv(given, fallback = "datasets/cache") {
  const raw = given || process.env.HNL_DATA_DIR || fallback;
  const dir = isAbsolute(raw) ? raw : resolve(root, raw);
  const hash = createHash("sha256");
  const walk = (d) => {
    for (const entry of readdirSync(d).sort()) {
      const p = join(d, entry);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else hash.update(`${p.slice(dir.length)}\0${s.size}\0${s.mtimeMs}\n`);
    }
  };
  if (existsSync(dir)) walk(dir);
  return { HNL_DATA_DIR: dir, HNL_DATA_FINGERPRINT: hash.digest("hex").slice(0, 16) };
}
