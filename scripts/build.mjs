#!/usr/bin/env node
// `pnpm build`: builds every package and the report site through turbo, then says where the
// site is. The data lives outside the repository, so a fingerprint of the data directory's files
// (path, size, modification time) is handed to turbo: new data means a new build, not a stale cache.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const flag = args.indexOf("--data-dir");
const raw = flag >= 0 ? args[flag + 1] : process.env.HNL_DATA_DIR || "datasets/cache";
const dataDir = isAbsolute(raw) ? raw : resolve(root, raw);

function fingerprint(dir) {
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
  return hash.digest("hex").slice(0, 16);
}

const env = { ...process.env, HNL_DATA_DIR: dataDir, HNL_DATA_FINGERPRINT: fingerprint(dataDir) };
const turbo = spawnSync("pnpm", ["exec", "turbo", "run", "build", ...args.filter((_, i) => i !== flag && i !== flag + 1)], {
  cwd: root,
  env,
  stdio: "inherit",
});
if (turbo.status !== 0) {
  console.error("\n✖ The build failed; the lines above say where.");
  process.exit(turbo.status ?? 1);
}
console.log(`\n✔ Report site: ${join(root, "reports", "dist")}`);
console.log(`  Data read from: ${dataDir}`);
console.log("  View it: pnpm hnl serve   then open http://127.0.0.1:3000/");
