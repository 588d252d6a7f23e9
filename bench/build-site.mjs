// `pnpm build` (scripts/build.mjs) for the benchmarks: its time in ms, or on failure the end of
// its output, so a benchmark that cannot build says why.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

export function buildSite() {
  const s = performance.now();
  const r = spawnSync("node", [join(root, "scripts", "build.mjs")], {
    cwd: root,
    env: process.env,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - s;
  if (r.status !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split("\n").slice(-30).join("\n");
    throw new Error(`pnpm build failed (exit ${r.status}); the end of its output:\n${tail}`);
  }
  return ms;
}
