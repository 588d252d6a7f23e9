#!/usr/bin/env node
// `pnpm test`: type checks and biome, then every package's tests through turbo (unit tests, then
// the browser tests of the built report), then one closing line with the totals over all suites: `N passed, N failed`.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { dataEnv, root } from "./data-env.mjs";

// Tests read the real data: HNL_DATA_DIR, else ../shared/datasets beside the repository.
const env = { ...process.env, TZ: "UTC", ...dataEnv(undefined, "../shared/datasets") };

// Every workspace with tests: each package, the notebooks (one package, one run for all of them)
// and the report.
const workspaces = readdirSync(join(root, "packages"))
  .map((n) => join(root, "packages", n))
  .concat(join(root, "notebooks"), join(root, "reports"));
const reports = workspaces.map((w) => join(w, "test-results", "vitest.json"));
for (const r of reports) rmSync(r, { force: true });

// Static checks first, each counted as one test: types in every package, then format and lint.
const checks = [
  ["types (tsc, every package)", ["exec", "turbo", "run", "check", "--continue"]],
  ["format and lint (biome ci)", ["exec", "biome", "ci", "."]],
].map(([name, args]) => {
  const r = spawnSync("pnpm", args, { cwd: root, env, stdio: "inherit" });
  console.log(`${r.status === 0 ? "✔" : "✖"} ${name}`);
  return r.status === 0;
});

const turbo = spawnSync("pnpm", ["exec", "turbo", "run", "test", "--continue", ...process.argv.slice(2)], {
  cwd: root,
  env,
  stdio: "inherit",
});

let passed = checks.filter(Boolean).length;
let failed = checks.length - passed;
let skipped = 0;
const missing = [];
const failures = []; // repeated just above the closing line, where a CI log's tail shows them
for (const [i, r] of reports.entries()) {
  if (!existsSync(r)) {
    if (existsSync(join(workspaces[i], "vitest.config.ts"))) missing.push(workspaces[i].slice(root.length + 1));
    continue;
  }
  const json = JSON.parse(readFileSync(r, "utf8"));
  for (const file of json.testResults ?? []) {
    for (const t of file.assertionResults ?? []) {
      if (t.status !== "failed") continue;
      const where = file.name.slice(root.length + 1);
      const why = (t.failureMessages?.[0] ?? "").split("\n").slice(0, 6).join("\n    ");
      failures.push(`✖ ${where} › ${[...(t.ancestorTitles ?? []), t.title].join(" › ")}\n    ${why}`);
    }
  }
  for (const file of json.testResults ?? []) {
    // A suite that failed as a whole (a hook or an import threw) has no failed test to name.
    if (file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed")) {
      failures.push(`✖ ${file.name.slice(root.length + 1)}\n    ${(file.message ?? "").split("\n").slice(0, 6).join("\n    ")}`);
      failed += 1; // counted: its tests were skipped, not passed
    }
  }
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + (json.numTodoTests ?? 0);
}
if (failures.length > 0) console.error(`\nFailed tests:\n${failures.join("\n")}`);
// A suite that never reported (it crashed, or a build it needs failed) counts as one failure.
for (const m of missing) console.error(`✖ ${m}: no test results (the suite did not run; see above)`);
failed += missing.length;
if (turbo.status !== 0 && failed === 0) failed = 1; // turbo failed before any suite reported
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 || turbo.status !== 0 ? 1 : 0);
