import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EVIDENCE_IDS, readFindings } from "../../src/data/findings.ts";
import { percent } from "../../src/data/table-data.ts";
import { typologyStudy } from "../../src/data/typology-study.ts";

const page = readFileSync(new URL("../../src/index.md", import.meta.url), "utf8");
const loaders = ["by-type-indigo", "by-type-pipeline", "by-year-indigo"].map((f) =>
  readFileSync(new URL(`../../src/data/${f}.html.ts`, import.meta.url), "utf8"),
);

describe("findings.json", () => {
  it("holds 3 to 6 findings F4.1, F4.2, ... citing ids the page shows", () => {
    const findings = readFindings();
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(findings.length).toBeLessThanOrEqual(6);
    expect(findings.map((f) => f.id)).toEqual(findings.map((_, i) => `F4.${i + 1}`));
  });

  it("cites only ids that the page or its figures really carry", async () => {
    const s = await typologyStudy();
    const tableIds = [
      s.indigo.byRegion.id,
      s.pipeline.byRegion.id,
      s.indigo.bySector.id,
      s.pipeline.bySector.id,
      s.evaluation.confusion.id,
      s.evaluation.perClass.id,
      s.evaluation.indigoChecks.id,
      s.coverageTable.id,
      s.reference.confusionTable.id,
      s.reference.perTypeTable.id,
      s.reference.movedByTypeTable.id,
      s.reference.errorsTable.id,
      s.reference.matrixTable.id,
      s.extension.coverageTable.id,
    ];
    for (const id of EVIDENCE_IDS) {
      const onPage = page.includes(`"${id}"`) || loaders.some((l) => l.includes(`id: "${id}"`)) || tableIds.includes(id);
      expect(onPage, id).toBe(true);
    }
  });

  it("states the figures the study computes", async () => {
    const s = await typologyStudy();
    const text = readFindings()
      .map((f) => f.statement)
      .join("\n");
    const p = s.evaluation.pipeline;
    const i = s.evaluation.indigo;
    const pay = s.evaluation.payers;
    const n = (types: { code: string; records: number }[], code: string) => types.find((t) => t.code === code)?.records ?? 0;
    const errors = (list: { id: string; records: number }[], id: string) => list.find((e) => e.id === id)?.records ?? 0;
    const cov = (field: string, dataset: "indigo" | "pipeline") => {
      const row = s.coverage.find((r) => r.field === field);
      return percent((row?.[dataset] ?? 0) / (dataset === "indigo" ? s.indigo.records : s.pipeline.records));
    };
    const perClass = (label: string) => s.evaluation.perClassRows.find((r) => r.label === label);
    const r = s.reference;
    const ext = (field: string) =>
      percent((s.extension.coverage.find((c) => c.field === field)?.pipeline ?? 0) / s.extension.pipeline.records);
    for (const figure of [
      // F4.1
      `${i.impactBonds} of the ${i.projects} INDIGO projects (${percent(i.share)})`,
      `${n(s.indigo.structureOnly, "social_impact_bond")} social and ${n(s.indigo.structureOnly, "development_impact_bond")} development impact bonds`,
      `${n(s.indigo.byType, "social_impact_bond")} are social impact bonds, ${n(s.indigo.byType, "development_impact_bond")} development impact bonds and ${n(s.indigo.byType, "unclassified")} stay unclassified`,
      `Each of the ${i.unclassified} structure-only failures`,
      `${errors(s.errors.indigo, "no-investment-rows")} projects have no investor recorded, ${errors(s.errors.indigo, "payer-kind-unknown")} have investors`,
      `and ${errors(s.errors.indigo, "government-prefinance")} is pre-financed by a government only`,
      // F4.2
      `${pay.dibsExternal} of the ${n(s.indigo.structureOnly, "development_impact_bond")} structure-only DIBs`,
      `the other ${pay.dibsNonGovernment} no government payer`,
      `Of the ${pay.governmentCommitments} government outcome payment commitments, ${pay.byJurisdiction} are placed by jurisdiction, ${pay.byCountryName} by a country name alone and ${pay.unplaced} not at all`,
      `${pay.abroad} are based outside every delivery country`,
      `${i.dibNamed.calledDib} of the ${i.dibNamed.named} projects named DIB`,
      `${i.sibNamed.calledSib} of the ${i.sibNamed.named} named SIB`,
      // F4.3
      `(${p.scored} of ${p.records} records carry one)`,
      `${p.correct} records (${percent(p.accuracy)})`,
      `${p.structureOnlyCorrect} (${percent(p.structureOnlyAccuracy)})`,
      `${p.abstained} of the ${p.singleLabel} single-label records`,
      `${p.answeredCorrect} of the ${p.answered} scored records`,
      `Outcomes funds (precision ${percent(perClass("outcomes_fund")?.precision ?? 0)}, recall ${percent(perClass("outcomes_fund")?.recall ?? 0)})`,
      `social impact incentives (recall ${percent(perClass("social_impact_incentive")?.recall ?? 0)})`,
      // F4.4
      `${s.errors.pipeline[0]?.records} of the ${p.errors} errors`,
      `${errors(s.errors.pipeline, "fields-no-rule")} give fields no rule combines`,
      `${errors(s.errors.pipeline, "investors-no-payer")} propose investors`,
      `${errors(s.errors.pipeline, "text-cues-disagree")} name several types`,
      `${errors(s.errors.pipeline, "other")} are given another type`,
      // F4.5
      `contingent on outcomes is known for ${cov("shareOfPaymentContingent", "indigo")} of INDIGO projects`,
      `repaid on outcomes for ${cov("upfrontFinance[].repaymentContingentOnOutcomes", "indigo")} of INDIGO projects (${cov("upfrontFinance[].repaymentContingentOnOutcomes", "pipeline")} of pipeline records)`,
      `who pre-finances for ${cov("upfrontFinance (who pre-finances)", "indigo")} of INDIGO projects but ${cov("upfrontFinance (who pre-finances)", "pipeline")} of pipeline records`,
      `kind for ${cov("outcomePayers[].type", "indigo")} of INDIGO projects but ${cov("outcomePayers[].type", "pipeline")} of pipeline records`,
      `as an ISO code for ${cov("outcomePayers[].location (new)", "indigo")} of INDIGO projects`,
      `all ${s.extension.indigo.valid} INDIGO projects and ${s.extension.pipeline.valid} pipeline records map into it and pass its checks`,
      `fill the contract type for ${ext("contract_type")} and who pre-finances for ${ext("prefinance[].kind")}`,
      // F4.6
      `On a reference set of ${r.records} records labelled by hand`,
      `(${r.indigo} INDIGO projects and ${r.pipeline} pipeline records`,
      `places ${r.published.correct} right: it is right for ${r.published.answeredCorrect} of the ${r.published.answered} records it gives a type and leaves ${r.published.unclassified} unclassified`,
      `${r.inferred.moved} pipeline records move from unclassified to a type (${r.inferred.unclassifiedBefore} unclassified before, ${r.inferred.unclassifiedAfter} after)`,
      `${r.inferred.score.correct} of the ${r.records} reference records are placed right, including ${r.inferred.score.pipelineCorrect} of the ${r.inferred.score.pipelineAnswered} pipeline records`,
      `The ${r.inferred.score.errors.length} records still wrong are INDIGO social impact bonds`,
    ]) {
      expect(text).toContain(figure);
    }
    // F4.5: "but where outcome payers are based for none".
    expect(s.extension.indigo.valid).toBe(s.extension.indigo.records);
    expect(s.extension.pipeline.valid).toBe(s.extension.pipeline.records);
    expect(s.extension.coverage.find((c) => c.field === "outcome_payers[].based_in")?.pipeline).toBe(0);
    // F4.6: "the records still wrong are INDIGO social impact bonds".
    for (const e of r.inferred.score.errors) {
      expect(e.id).toMatch(/^INDIGO-POJ-/);
      expect(e.label).toBe("social_impact_bond");
    }
    // F4.3: "on structured fields alone ... it gives a type to only one record, a social impact guarantee".
    expect(text).toContain("gives a type to only one record, a social impact guarantee");
    expect(s.pipeline.structureOnly.filter((t) => t.code !== "unclassified")).toEqual([
      expect.objectContaining({ code: "social_impact_guarantee", records: 1 }),
    ]);
  });

  it("rejects a finding that cites an id the page does not show, naming the finding", () => {
    const dir = mkdtempSync(join(tmpdir(), "findings-"));
    const file = join(dir, "findings.json");
    writeFileSync(
      file,
      JSON.stringify([{ id: "F4.1", statement: "x", evidence: ["no-such-figure"], confidence: "high", status: "draft" }]),
    );
    expect(() => readFindings(file)).toThrow(`${file}: finding 1: evidence "no-such-figure" is not an id on the page.`);
    writeFileSync(
      file,
      JSON.stringify([{ id: "F4.1", statement: "x", evidence: ["field-coverage"], confidence: "sure", status: "draft" }]),
    );
    expect(() => readFindings(file)).toThrow("confidence must be high, medium or low");
  });
});
