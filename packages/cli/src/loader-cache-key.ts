import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/**
 * What Framework's data-loader cache depends on beyond the loader files themselves (which
 * Framework watches): the built packages (by content, as turbo may restore them), the data, and
 * every notebook file that is not a page
 * (helper modules the loaders import). While this key is unchanged, a rebuild keeps the cache and
 * only re-runs loaders whose own file changed; any other change clears it, so nothing stale is
 * published.
 */
export function loaderCacheKey(root: string): string {
  const hash = createHash("sha256");
  hash.update(`data:${process.env["HNL_DATA_DIR"] ?? ""}:${process.env["HNL_DATA_FINGERPRINT"] ?? ""}\n`);
  const walk = (dir: string, keep: (path: string) => boolean) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir).sort()) {
      if (entry === "node_modules" || entry.startsWith(".") || entry === "test-results") continue;
      const path = join(dir, entry);
      const s = statSync(path);
      if (s.isDirectory()) walk(path, keep);
      else if (keep(path)) hash.update(`${path}\0`).update(readFileSync(path));
    }
  };
  for (const pkg of readdirSync(join(root, "packages")).sort()) walk(join(root, "packages", pkg, "dist"), () => true);
  walk(join(root, "notebooks"), (p) => /\/src\//.test(p) && !p.endsWith(".md"));
  walk(join(root, "reports", "pages"), (p) => !p.endsWith(".md"));
  return hash.digest("hex");
}
