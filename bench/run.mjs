#!/usr/bin/env node
// `pnpm bench`: every benchmark, each figure a median of several runs, each goal a ratio measured
// in the same run. Writes bench/results.json and prints a table.
import { writeFileSync } from "node:fs";
import { benchBuildSpeed } from "./build-speed.mjs";
import { benchClassify } from "./classify.mjs";
import { benchCsrSync } from "./csr-sync.mjs";
import { benchLoadValidate } from "./load-validate.mjs";

const results = [await benchLoadValidate(), await benchClassify(), await benchCsrSync()];
// The build-speed benchmark runs nine full builds (several minutes each): only when asked.
if (process.env.HNL_BENCH_BUILD === "1") results.push(...(await benchBuildSpeed()));
writeFileSync(
  new URL("./results.json", import.meta.url),
  `${JSON.stringify({ node: process.version, date: new Date().toISOString().slice(0, 10), results }, null, 2)}\n`,
);
console.log(`${"benchmark".padEnd(52)} ${"ours ms".padStart(8)} ${"baseline ms".padStart(12)} ${"ratio".padStart(7)}  goal`);
for (const r of results) {
  const goal = r.goal === null ? "none set" : `≤ ${r.goal}x ${r.ratio <= r.goal ? "✔ met" : "✖ missed"}`;
  console.log(
    `${r.name.padEnd(52)} ${r.typedMs.toFixed(0).padStart(8)} ${r.plainMs.toFixed(0).padStart(12)} ${`${r.ratio.toFixed(2)}x`.padStart(7)}  ${goal}`,
  );
  if (r.recordsPerSecond !== undefined) console.log(`${"".padEnd(52)} ${r.recordsPerSecond.toLocaleString("en-GB")} records a second`);
}
