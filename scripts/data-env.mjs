// The data directory for turbo tasks, made absolute, with a fingerprint of its files by content
// (each file's path inside the folder and its bytes; never the folder's own path or file times).
// The data lives outside the repository, so turbo cannot hash it; handing it the fingerprint means
// new data gives a new build, never a stale cache, while a second clone, or CI, with the same data
// elsewhere gets the same hash (turbo passes HNL_DATA_DIR through without hashing it).
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";

export const root = resolve(import.meta.dirname, "..");

/** `{ HNL_DATA_DIR, HNL_DATA_FINGERPRINT }` for a data directory given as flag, env or default. */
export function dataEnv(given, fallback = "datasets/cache") {
  const raw = given || process.env.HNL_DATA_DIR || fallback;
  const dir = isAbsolute(raw) ? raw : resolve(root, raw);
  const hash = createHash("sha256");
  const walk = (d) => {
    for (const entry of readdirSync(d).sort()) {
      if (entry.startsWith(".")) continue;
      const p = join(d, entry);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(`${p.slice(dir.length).split("\\").join("/")}\0`).update(readFileSync(p));
    }
  };
  if (existsSync(dir)) walk(dir);
  return { HNL_DATA_DIR: dir, HNL_DATA_FINGERPRINT: hash.digest("hex").slice(0, 16) };
}
