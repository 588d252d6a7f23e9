#!/usr/bin/env node
// `pnpm bench`: every benchmark, each figure a median of several runs, each goal a ratio measured
// in the same run. Writes bench/results.json and prints a table. The report benchmarks build the
// whole site (the build-speed one nine times), so a full run takes a while; HNL_BENCH_ONLY=name,...
// runs a subset while you work on one, written to bench/results-subset.json (names: load-validate, classify, csr-sync, page-weight,
// build-speed).
import { writeFileSync } from "node:fs";
import { benchBuildSpeed } from "./build-speed.mjs";
import { benchClassify } from "./classify.mjs";
import { benchCsrSync } from "./csr-sync.mjs";
import { benchLoadValidate } from "./load-validate.mjs";
import { benchPageWeight } from "./page-weight.mjs";

const benches = {
  "load-validate": benchLoadValidate,
  classify: benchClassify,
  "csr-sync": benchCsrSync,
  "page-weight": benchPageWeight,
  "build-speed": benchBuildSpeed,
};
const only = (process.env.HNL_BENCH_ONLY ?? "").split(",").filter((s) => s !== "");
const unknown = only.filter((n) => !(n in benches));
if (unknown.length > 0) {
  console.error(`✖ No benchmark named ${unknown.join(", ")}. Known: ${Object.keys(benches).join(", ")}.`);
  process.exit(2);
}
const results = [];
for (const [name, bench] of Object.entries(benches)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const started = performance.now();
  process.stdout.write(`… ${name}`);
  results.push(...[await bench()].flat());
  process.stdout.write(` done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}
// A subset run does not overwrite the full results the README quotes.
writeFileSync(
  new URL(only.length > 0 ? "./results-subset.json" : "./results.json", import.meta.url),
  `${JSON.stringify({ node: process.version, date: new Date().toISOString().slice(0, 10), results }, null, 2)}\n`,
);

const figure = (v, unit) => (unit === "ms" ? `${v.toFixed(0)} ms` : `${(v / 1024).toFixed(1)} KB`);
console.log(`\n${"benchmark".padEnd(54)} ${"ours".padStart(10)} ${"baseline".padStart(10)} ${"ratio".padStart(7)}  goal`);
for (const r of results) {
  const goal = r.goal === null ? "none set" : `≤ ${r.goal}x ${r.ratio <= r.goal ? "✔ met" : "✖ missed"}`;
  console.log(
    `${r.name.padEnd(54)} ${figure(r.ours, r.unit).padStart(10)} ${figure(r.baseline, r.unit).padStart(10)} ${`${r.ratio.toFixed(r.ratio < 0.01 ? 3 : 2)}x`.padStart(7)}  ${goal}`,
  );
  if (r.recordsPerSecond !== undefined) console.log(`${"".padEnd(54)} ${r.recordsPerSecond.toLocaleString("en-GB")} records a second`);
  if (r.page !== undefined) console.log(`${"".padEnd(54)} page ${r.page}`);
}
const weights = results.find((r) => r.pages !== undefined);
if (weights !== undefined) {
  console.log(
    `\nPage weight (gzip), reference page: JS ${figure(weights.reference.jsGzip, "")}, total ${figure(weights.reference.totalGzip, "")}`,
  );
  console.log(
    `${"page".padEnd(40)} ${"kind".padEnd(12)} ${"JS".padStart(9)} ${"total".padStart(9)} ${"JS x".padStart(6)} ${"total x".padStart(8)}`,
  );
  for (const p of weights.pages)
    console.log(
      `${p.path.padEnd(40)} ${(p.static ? "static" : "interactive").padEnd(12)} ${figure(p.jsGzip, "").padStart(9)} ${figure(p.totalGzip, "").padStart(9)} ${p.jsRatio.toFixed(2).padStart(6)} ${p.totalRatio.toFixed(2).padStart(8)}`,
    );
}
