// Benchmark: a cold `pnpm build` (turbo, package and Framework caches cleared) against a rebuild
// with no change (goal at most 0.05x) and a rebuild after editing one notebook page (goal at most
// 0.3x). A fourth build edits the page and also clears Framework's loader cache, to show what that
// cache (kept while packages, data and loader modules are unchanged) saves. Each figure is the
// median of `runs` builds; builds of one round run back to back so noise hits them alike.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSite as build } from "./build-site.mjs";
import { median } from "./median.mjs";

const root = new URL("..", import.meta.url).pathname;
const page = join(root, "notebooks", "02-sdg-outcomes", "src", "index.md");

function clearCaches() {
  for (const p of [".turbo", "reports/.site-src", "reports/dist", "node_modules/.cache/turbo"])
    rmSync(join(root, p), { recursive: true, force: true });
  for (const pkg of ["data", "charts", "analysis", "typology", "report", "cli", "csr", "survey"]) {
    rmSync(join(root, "packages", pkg, "dist"), { recursive: true, force: true });
    rmSync(join(root, "packages", pkg, ".turbo"), { recursive: true, force: true });
  }
  rmSync(join(root, "reports", ".turbo"), { recursive: true, force: true });
}

function clearLoaderCache() {
  rmSync(join(root, "reports", ".site-src", ".observablehq"), { recursive: true, force: true });
}

export async function benchBuildSpeed({ runs = 3 } = {}) {
  const t = { cold: [], warm: [], edited: [], editedNoCache: [] };
  const original = readFileSync(page, "utf8");
  try {
    for (let i = 0; i < runs; i++) {
      clearCaches();
      t.cold.push(build());
      t.warm.push(build());
      appendFileSync(page, `\n<!-- bench edit ${i} -->\n`);
      t.edited.push(build());
      appendFileSync(page, `\n<!-- bench edit ${i}, no loader cache -->\n`);
      clearLoaderCache();
      t.editedNoCache.push(build());
      writeFileSync(page, original);
    }
  } finally {
    writeFileSync(page, original);
  }
  // Leave a site built from the unedited page.
  build();
  const against = (name, xs, goal) => ({
    name,
    runs,
    unit: "ms",
    baseline: median(t.cold),
    ours: median(xs),
    ratio: median(xs) / median(t.cold),
    goal,
    samples: { cold: t.cold.map(Math.round), measured: xs.map(Math.round) },
  });
  return [
    against("rebuild with no change vs cold build", t.warm, 0.05),
    against("rebuild after editing one page vs cold build", t.edited, 0.3),
    against("same edit, loader cache cleared, vs cold build", t.editedNoCache, null),
  ];
}
