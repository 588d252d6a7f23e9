#!/usr/bin/env node
// `pnpm bench`: every benchmark, each figure a median of several runs, each goal a ratio measured
// in the same run. Writes bench/results.json and prints a table.
import { writeFileSync } from "node:fs";
import { benchLoadValidate } from "./load-validate.mjs";

const results = [await benchLoadValidate()];
writeFileSync(
  new URL("./results.json", import.meta.url),
  `${JSON.stringify({ node: process.version, date: new Date().toISOString().slice(0, 10), results }, null, 2)}\n`,
);
console.log("benchmark                                         median ms (ours / baseline)   ratio   goal");
for (const r of results) {
  const ok = r.ratio <= r.goal ? "✔" : "✖";
  console.log(
    `${r.name.padEnd(50)} ${r.typedMs.toFixed(0).padStart(8)} / ${r.plainMs.toFixed(0).padEnd(18)} ${r.ratio.toFixed(2).padStart(5)}x  ≤${r.goal}x ${ok}`,
  );
}
