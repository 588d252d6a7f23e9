// Benchmark: a cold `pnpm build` (turbo and Framework caches cleared) against a rebuild with no
// change (goal at most 0.05x) and a rebuild after editing one notebook page (goal at most 0.3x).
// Each figure is the median of `runs` builds. A full build reads all the data, so this takes
// several minutes.
import { execFileSync } from "node:child_process";
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const page = join(root, "notebooks", "02-sdg-outcomes", "src", "index.md");

function build() {
  const s = performance.now();
  execFileSync("node", [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "ignore", env: process.env });
  return performance.now() - s;
}

function clearCaches() {
  for (const p of [".turbo", "reports/.site-src", "reports/dist", "node_modules/.cache/turbo"])
    rmSync(join(root, p), { recursive: true, force: true });
  for (const pkg of ["data", "charts", "analysis", "typology", "report", "cli", "csr", "survey"]) {
    rmSync(join(root, "packages", pkg, "dist"), { recursive: true, force: true });
    rmSync(join(root, "packages", pkg, ".turbo"), { recursive: true, force: true });
  }
  rmSync(join(root, "reports", ".turbo"), { recursive: true, force: true });
}

export async function benchBuildSpeed({ runs = 3 } = {}) {
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const cold = [];
  const warm = [];
  const edited = [];
  const original = readFileSync(page, "utf8");
  try {
    for (let i = 0; i < runs; i++) {
      clearCaches();
      cold.push(build());
      warm.push(build());
      appendFileSync(page, `\n<!-- bench edit ${i} -->\n`);
      edited.push(build());
      writeFileSync(page, original);
    }
  } finally {
    writeFileSync(page, original);
  }
  return [
    {
      name: "rebuild with no change vs cold build",
      runs,
      unit: "ms",
      baseline: median(cold),
      ours: median(warm),
      ratio: median(warm) / median(cold),
      goal: 0.05,
    },
    {
      name: "rebuild after editing one page vs cold build",
      runs,
      unit: "ms",
      baseline: median(cold),
      ours: median(edited),
      ratio: median(edited) / median(cold),
      goal: 0.3,
    },
  ];
}
