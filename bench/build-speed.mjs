// Benchmark: a cold `pnpm build` (turbo, package, loader and page caches cleared) against a rebuild
// with no change (goal at most 0.05x), a rebuild after editing one notebook page (goal at most
// 0.3x) and a rebuild after editing one data loader of one notebook (goal at most 0.15x: only that
// loader runs again, the others' outputs come from the content-keyed store). A fifth build edits
// the loader and also clears the store, to show what the store saves. Each figure is the median of
// `runs` builds; builds of one round run back to back so noise hits them alike.
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildSite as build } from "./build-site.mjs";
import { median } from "./median.mjs";

const root = new URL("..", import.meta.url).pathname;
const page = join(root, "notebooks", "02-sdg-outcomes", "src", "index.md");
const loader = join(root, "notebooks", "02-sdg-outcomes", "src", "data", "by-sector.html.ts");

function clearCaches() {
  for (const p of [".turbo", ".hnl-cache", "reports/.site-src", "reports/dist", "node_modules/.cache/turbo"])
    rmSync(join(root, p), { recursive: true, force: true });
  for (const pkg of ["data", "charts", "analysis", "typology", "report", "cli", "csr", "survey"]) {
    rmSync(join(root, "packages", pkg, "dist"), { recursive: true, force: true });
    rmSync(join(root, "packages", pkg, ".turbo"), { recursive: true, force: true });
  }
  rmSync(join(root, "reports", ".turbo"), { recursive: true, force: true });
}

function clearLoaderStore() {
  rmSync(join(root, ".hnl-cache", "loaders"), { recursive: true, force: true });
}

export async function benchBuildSpeed({ runs = Number(process.env.HNL_BENCH_RUNS ?? 3) } = {}) {
  const t = { cold: [], warm: [], edited: [], loaderEdited: [], loaderEditedNoStore: [] };
  const original = readFileSync(page, "utf8");
  const originalLoader = readFileSync(loader, "utf8");
  try {
    for (let i = 0; i < runs; i++) {
      clearCaches();
      t.cold.push(build());
      t.warm.push(build());
      appendFileSync(page, `\n<!-- bench edit ${i} -->\n`);
      t.edited.push(build());
      appendFileSync(loader, `\n// bench edit ${i}\n`);
      t.loaderEdited.push(build());
      appendFileSync(loader, `\n// bench edit ${i}, no store\n`);
      clearLoaderStore();
      t.loaderEditedNoStore.push(build());
      writeFileSync(page, original);
      writeFileSync(loader, originalLoader);
    }
  } finally {
    writeFileSync(page, original);
    writeFileSync(loader, originalLoader);
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
    against("rebuild after editing one loader of one notebook vs cold build", t.loaderEdited, 0.15),
    against("same loader edit, loader store cleared, vs cold build", t.loaderEditedNoStore, null),
  ];
}
