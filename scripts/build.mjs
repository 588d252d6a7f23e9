#!/usr/bin/env node
// `pnpm build [--data-dir DIR]`: builds every package and the report site through turbo, then
// says where the site is and how to view it.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { dataEnv, root } from "./data-env.mjs";

const args = process.argv.slice(2);
const flag = args.indexOf("--data-dir");
const data = dataEnv(flag >= 0 ? args[flag + 1] : undefined);
const edition = args.indexOf("--edition");
const rest = args.filter(
  (_, i) => !(flag >= 0 && (i === flag || i === flag + 1)) && !(edition >= 0 && (i === edition || i === edition + 1)),
);
// The edition travels to `hnl report build` through the environment (and into turbo's cache key).
if (edition >= 0) process.env.HNL_EDITION = args[edition + 1];

const turbo = spawnSync("pnpm", ["exec", "turbo", "run", "build", ...rest], {
  cwd: root,
  env: { ...process.env, ...data },
  stdio: "inherit",
});
if (turbo.status !== 0) {
  console.error("\n✖ The build failed; the lines above say where.");
  process.exit(turbo.status ?? 1);
}
console.log(`\n✔ Report site (${process.env.HNL_EDITION === "public" ? "public" : "working"} edition): ${join(root, "reports", "dist")}`);
console.log(`  Data read from: ${data.HNL_DATA_DIR}`);
console.log("  View it: pnpm hnl serve   then open http://127.0.0.1:3000/");
