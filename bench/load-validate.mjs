// Benchmark: load + validate the whole INDIGO Impact Bond Dataset export through @hnl/data,
// against plain CSV parsing (csv-parse, the same parser) of the same bytes already in memory.
// Both sides read the files from disk each run; the ratio is what the typed loader costs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { indigoImpactBondDataset, resolveDataDir } from "@hnl/data";
import { parse } from "csv-parse/sync";
import { median } from "./median.mjs";

export async function benchLoadValidate({ runs = 7 } = {}) {
  const dataDir = resolveDataDir();
  const files = indigoImpactBondDataset.tables.map((t) => join(dataDir.path, t.file));
  const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);
  const plain = () => {
    let rows = 0;
    for (const f of files) rows += parse(readFileSync(f, "utf8"), { relax_column_count: true, skip_empty_lines: true }).length;
    return rows;
  };
  const typed = async () => Object.values(await indigoImpactBondDataset.load(dataDir)).reduce((n, r) => n + r.accounting.rowsIn, 0);
  // Warm up both, then interleave the runs so machine noise hits both alike.
  plain();
  await typed();
  const t = { plain: [], typed: [] };
  for (let i = 0; i < runs; i++) {
    let s = performance.now();
    plain();
    t.plain.push(performance.now() - s);
    s = performance.now();
    await typed();
    t.typed.push(performance.now() - s);
  }
  return {
    name: "load+validate INDIGO export vs plain CSV parse",
    files: files.length,
    bytes,
    runs,
    unit: "ms",
    baseline: median(t.plain),
    ours: median(t.typed),
    ratio: median(t.typed) / median(t.plain),
    goal: 1.5,
  };
}
