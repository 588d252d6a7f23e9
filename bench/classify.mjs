// Benchmark: classify 100,000 contract descriptions, against validating the same records with
// the ContractDescription schema (the cheapest thing one could do with them). Records are built
// by cycling through real INDIGO and pipeline descriptions, with their IDs made unique.
import { indigoImpactBondDataset, indigoPipelineDataset, resolveDataDir } from "@hnl/data";
import { ContractDescription, classify, fromIndigoProjects, fromPipelineProject } from "@hnl/typology";
import { median } from "./median.mjs";

export async function benchClassify({ records = 100_000, runs = 5 } = {}) {
  const dir = resolveDataDir();
  const l = await indigoImpactBondDataset.load(dir);
  const base = [
    ...fromIndigoProjects(l.projects.records, {
      locations: l.delivery_locations.records,
      commitments: l.outcome_payment_commitments.records,
      investments: l.investments.records,
      organisations: l.organisations.records,
    }),
    ...(await indigoPipelineDataset.load(dir)).pipelines.records.map(fromPipelineProject),
  ];
  const input = Array.from({ length: records }, (_, i) => ({ ...base[i % base.length], id: `r${i}` }));
  const t = { classify: [], validate: [] };
  let types = {};
  for (let i = 0; i < runs; i++) {
    let s = performance.now();
    for (const r of input) ContractDescription.parse(r);
    t.validate.push(performance.now() - s);
    s = performance.now();
    types = {};
    for (const r of input) {
      const c = classify(r);
      types[c.type] = (types[c.type] ?? 0) + 1;
    }
    t.classify.push(performance.now() - s);
  }
  return {
    name: `classify ${records.toLocaleString("en-GB")} records vs schema validation`,
    records,
    runs,
    unit: "ms",
    baseline: median(t.validate),
    ours: median(t.classify),
    ratio: median(t.classify) / median(t.validate),
    recordsPerSecond: Math.round(records / (median(t.classify) / 1000)),
    goal: null,
    types,
  };
}
