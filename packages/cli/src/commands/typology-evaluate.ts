import type { DeliveryLocation } from "@hnl/data";
import {
  type DataDir,
  DataError,
  type Investment,
  indigoImpactBondDataset,
  indigoPipelineDataset,
  type Organisation,
  type OutcomePaymentCommitment,
  type PipelineProject,
  type Project,
} from "@hnl/data";
import { classify, evaluate, fromIndigoProjects, fromPipelineProject, type LabelledRecord, pipelineTruth } from "@hnl/typology";
import { checkRows } from "../check-rows.js";
import { message } from "../messages.js";

/**
 * `hnl typology evaluate [--json] [--allow-rejected]`: scores the classifier against the pipeline's instrument flags
 * (which the pipeline adapter does not read) and against INDIGO, where every project is an
 * impact bond by definition and names saying "DIB" mark development impact bonds (text cues off,
 * so names are not read). Prints confusion matrices and per-class precision and recall, after the
 * rows read per file; rejected rows stop it (exit 1) unless `--allow-rejected`, and a table with
 * no accepted row is an error saying so, never "0 of 0".
 */
export async function typologyEvaluate(dataDir: DataDir, json: boolean, allowRejected = false): Promise<number> {
  const pipelineLoad = await indigoPipelineDataset.load(dataDir);
  const l = await indigoImpactBondDataset.load(dataDir);
  // With --json the accounting goes to stderr, so stdout stays one JSON object.
  checkRows([pipelineLoad, l], {
    allowRejected,
    print: (line) => (json ? console.error(line) : console.log(line)),
    stopped: "nothing was evaluated",
  });
  for (const table of [pipelineLoad["pipelines"], l["projects"]])
    if (table !== undefined && table.records.length === 0)
      throw new DataError(
        message.nothingToEvaluate(table.provenance.files[0]?.path ?? "", table.accounting.rowsIn, table.accounting.rejected),
        {
          file: table.provenance.files[0]?.path ?? "",
          hint: message.nothingToEvaluateHint,
        },
      );
  const pipeline = pipelineLoad["pipelines"]?.records as PipelineProject[];
  const truth = pipeline.map(pipelineTruth).filter((t): t is LabelledRecord => t !== null);
  const pipelineEval = evaluate(
    pipeline.map((p) => classify(fromPipelineProject(p))),
    truth,
    { mergeBonds: true },
  );

  const descriptions = fromIndigoProjects(l["projects"]?.records as Project[], {
    locations: l["delivery_locations"]?.records as DeliveryLocation[],
    commitments: l["outcome_payment_commitments"]?.records as OutcomePaymentCommitment[],
    investments: l["investments"]?.records as Investment[],
    organisations: l["organisations"]?.records as Organisation[],
  });
  const indigoResults = descriptions.map((d) => classify(d, { useText: false }));
  const indigoEval = evaluate(
    indigoResults,
    descriptions.map((d) => ({ id: d.id, truth: ["impact_bond"] })),
    { mergeBonds: true },
  );
  const dibNamed = descriptions.filter((d) => /\bDIBs?\b|development impact bond/i.test(d.name));
  const dibEval = evaluate(
    indigoResults,
    dibNamed.map((d) => ({ id: d.id, truth: ["development_impact_bond"] })),
    { mergeBonds: false },
  );
  const report = {
    pipeline: { records: pipeline.length, notScored: pipeline.length - truth.length, ...pipelineEval },
    indigo: { records: descriptions.length, impactBondShare: indigoEval.accuracy, ...indigoEval },
    indigoDibNamed: { records: dibNamed.length, ...dibEval },
  };
  if (json) {
    console.log(JSON.stringify(report));
    return 0;
  }
  const pct = (x: number | null) => (x === null ? "  -  " : `${(x * 100).toFixed(0).padStart(3)}%`);
  console.log(
    `Pipeline: ${truth.length} of ${pipeline.length} records carry a scored instrument flag; ${pipelineEval.correct} classified right (${pct(pipelineEval.accuracy)}).`,
  );
  console.log(`  multi-flag records: ${pipelineEval.multiLabel.hits} of ${pipelineEval.multiLabel.records} hit one of their flags`);
  printMatrix(pipelineEval.confusion);
  console.log("  class                     precision  recall  support");
  for (const c of pipelineEval.perClass)
    console.log(`  ${c.label.padEnd(26)} ${pct(c.precision).padStart(9)} ${pct(c.recall).padStart(7)} ${String(c.support).padStart(8)}`);
  console.log(
    `\nINDIGO (fields only, names not read): ${indigoEval.correct} of ${descriptions.length} projects classified as an impact bond (${pct(indigoEval.accuracy)}).`,
  );
  printMatrix(indigoEval.confusion);
  console.log(`INDIGO projects whose name says DIB: ${dibEval.correct} of ${dibNamed.length} classified as development impact bonds.`);
  for (const e of dibEval.errors) console.log(`  ${e.id}: ${e.predicted}`);
  return 0;
}

function printMatrix(confusion: Record<string, Record<string, number>>): void {
  const cols = [...new Set(Object.values(confusion).flatMap((r) => Object.keys(r)))].sort();
  console.log(`  ${"truth \\ predicted".padEnd(26)} ${cols.map((c) => c.slice(0, 12).padStart(12)).join(" ")}`);
  for (const [truth, row] of Object.entries(confusion).sort())
    console.log(`  ${truth.padEnd(26)} ${cols.map((c) => String(row[c] ?? 0).padStart(12)).join(" ")}`);
}
