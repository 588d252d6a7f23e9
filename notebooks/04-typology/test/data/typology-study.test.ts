import { describe, expect, it } from "vitest";
import { typologyStudy } from "../../src/data/typology-study.ts";

const types = (rows: { type: string; records: number }[]) => rows.map((r) => [r.type, r.records]);

describe("typologyStudy on the real INDIGO and pipeline data", () => {
  it("reads every row of the seven source files it uses, rejecting none", async () => {
    const s = await typologyStudy();
    expect(s.accounting.map((a) => [a.file.split("/").pop(), a.rowsIn, a.rejected])).toEqual([
      ["projects.csv", 320, 0],
      ["projects_delivery_locations.csv", 502, 0],
      ["projects_outcome_payment_commitments.csv", 671, 0],
      ["projects_investments.csv", 1084, 0],
      ["organisations.csv", 1554, 0],
      ["projects_outcome_funds.csv", 131, 0],
      ["pipelines.csv", 132, 0],
    ]);
  });

  it("classifies all 320 INDIGO projects, text cues on and off", async () => {
    const { indigo } = await typologyStudy();
    expect(indigo.records).toBe(320);
    expect(types(indigo.byType)).toEqual([
      ["Social impact bond", 270],
      ["Development impact bond", 32],
      ["Unclassified", 18],
    ]);
    expect(types(indigo.structureOnly)).toEqual([
      ["Social impact bond", 262],
      ["Development impact bond", 31],
      ["Unclassified", 27],
    ]);
    expect(indigo.changedByText).toBe(9);
    expect(indigo.changes).toEqual([
      { from: "Unclassified", to: "Social impact bond", records: 8 },
      { from: "Unclassified", to: "Development impact bond", records: 1 },
    ]);
  });

  it("classifies all 132 pipeline records, text cues on and off", async () => {
    const { pipeline } = await typologyStudy();
    expect(pipeline.records).toBe(132);
    expect(types(pipeline.byType)).toEqual([
      ["Unclassified", 101],
      ["Development impact bond", 10],
      ["Outcomes fund", 10],
      ["Social impact bond", 5],
      ["Social impact incentive", 2],
      ["Social impact guarantee", 2],
      ["Payment by results", 1],
      ["Results-based grant", 1],
    ]);
    // A No to every financing instrument no longer reads as "nobody pre-finances": on fields alone
    // only the one guarantee is typed, and every answer text cues change is a gap they fill.
    expect(types(pipeline.structureOnly)).toEqual([
      ["Unclassified", 131],
      ["Social impact guarantee", 1],
    ]);
    expect(pipeline.changedByText).toBe(30);
    expect(pipeline.changes.every((c) => c.from === "Unclassified")).toBe(true);
  });

  it("crosses type with M49 region, counting a record once per region it delivers in", async () => {
    const { indigo, pipeline } = await typologyStudy();
    expect(indigo.byRegion.columns.map((c) => c.title)).toEqual([
      "Type",
      "Africa",
      "Asia",
      "Europe",
      "Latin America and the Caribbean",
      "Northern America",
      "Oceania",
      "Records",
    ]);
    expect(indigo.byRegion.rows).toEqual([
      ["Social impact bond", 3, 26, 188, 3, 34, 16, 270],
      ["Development impact bond", 13, 10, 1, 6, 2, 0, 32],
      ["Unclassified", 0, 3, 11, 1, 1, 2, 18],
    ]);
    expect([indigo.withoutCountry, indigo.multiRegion]).toEqual([0, 0]);
    expect(pipeline.byRegion.columns.at(-2)?.title).toBe("No country recorded");
    expect(pipeline.byRegion.rows.at(-1)).toEqual(["Unclassified", 44, 23, 2, 23, 2, 9, 101]);
    expect([pipeline.withoutCountry, pipeline.multiRegion]).toEqual([10, 2]);
  });

  it("crosses type with policy sector, naming pipeline sectors from the schema", async () => {
    const { indigo, pipeline } = await typologyStudy();
    expect(indigo.bySector.rows.slice(0, 2)).toEqual([
      ["Employment and training", 84, 7, 5, 96],
      ["Health", 41, 10, 4, 55],
    ]);
    expect(pipeline.bySector.rows.map((r) => r[0])).toContain("Early Childhood Education");
    expect(pipeline.bySector.rows.find((r) => r[0] === "Not recorded")?.at(-1)).toBe(15);
  });

  it("counts INDIGO projects by the year their outcomes contract was signed", async () => {
    const { indigo } = await typologyStudy();
    expect(indigo.withoutYear).toBe(84);
    expect(indigo.years).toBe(16);
    expect(indigo.yearTable.rows[0]).toEqual(["2010", 1, 0, 0, 1]);
    expect(indigo.yearTable.rows.find((r) => r[0] === "2018")).toEqual(["2018", 34, 2, 0, 36]);
    expect(indigo.byYear.reduce((n, r) => n + r.projects, 0)).toBe(320 - 84);
  });

  it("scores the pipeline against its instrument flags", async () => {
    const { evaluation } = await typologyStudy();
    const p = evaluation.pipeline;
    expect([p.records, p.scored, p.notScored, p.notScoredTechnicalAssistance]).toEqual([132, 106, 26, 21]);
    expect([p.correct, p.accuracy]).toEqual([27, 27 / 106]);
    expect([p.structureOnlyCorrect, p.structureOnlyAccuracy]).toEqual([1, 1 / 106]);
    expect([p.singleLabel, p.abstained, p.answered, p.answeredCorrect, p.errors]).toEqual([86, 61, 29, 27, 79]);
    expect(p.multiLabel).toEqual({ records: 20, hits: 4 });
    // Columns: impact bond, outcomes fund, SIINC, guarantee, payment by results, unclassified, records.
    expect(evaluation.confusion.columns.map((c) => c.title).slice(1, -1)).toEqual([
      "Impact bond (SIB or DIB)",
      "Outcomes fund",
      "Social impact incentive",
      "Social impact guarantee",
      "Payment by results",
      "Unclassified",
    ]);
    expect(evaluation.confusion.rows).toEqual([
      ["Impact bond (SIB or DIB)", 10, 0, 0, 0, 0, 14, 24],
      ["Outcomes fund", 1, 10, 0, 0, 0, 16, 27],
      ["Social impact incentive", 0, 0, 1, 0, 0, 8, 9],
      ["Social impact guarantee", 0, 0, 0, 1, 0, 0, 1],
      ["Payment by results", 1, 0, 0, 0, 1, 23, 25],
    ]);
    expect(evaluation.perClass.rows).toEqual([
      ["Impact bond (SIB or DIB)", 24, "83.3%", "41.7%", "0.0%"],
      ["Outcomes fund", 27, "100.0%", "37.0%", "0.0%"],
      ["Payment by results", 25, "100.0%", "4.0%", "0.0%"],
      ["Social impact guarantee", 1, "100.0%", "100.0%", "100.0%"],
      ["Social impact incentive", 9, "100.0%", "11.1%", "0.0%"],
    ]);
  });

  it("checks INDIGO: all impact bonds by definition, and DIB names against the structure-only answer", async () => {
    const { evaluation } = await typologyStudy();
    const i = evaluation.indigo;
    expect([i.projects, i.impactBonds, i.unclassified, i.share]).toEqual([320, 293, 27, 293 / 320]);
    expect([i.dibNamed.named, i.dibNamed.calledSib, i.dibNamed.calledDib, i.dibNamed.unclassified]).toEqual([10, 0, 9, 1]);
    expect(i.dibNamed.projects.find((p) => p.type !== "development_impact_bond")?.id).toBe("INDIGO-POJ-0021");
    expect([i.sibNamed.named, i.sibNamed.calledSib, i.sibNamed.calledDib, i.sibNamed.unclassified]).toEqual([53, 44, 3, 6]);
  });

  it("sorts the errors into patterns with counts, missing fields and examples", async () => {
    const { errors } = await typologyStudy();
    expect(errors.pipeline.map((p) => [p.id, p.records])).toEqual([
      ["nothing-structured", 62],
      ["investors-no-payer", 6],
      ["text-cues-disagree", 2],
      ["fields-no-rule", 7],
      ["other", 2],
    ]);
    expect(errors.pipeline.reduce((n, p) => n + p.records, 0)).toBe(79);
    expect(errors.pipeline[3]?.examples).toEqual([
      { id: "INDIGO-PL-0028", name: "Results-Based Financing for container-based sanitation services in northern Haiti" },
      { id: "INDIGO-PL-0039", name: "INNOVAEDU: Pago-Por-Resultados de Innovaciones Educativas en El Salvador" },
    ]);
    expect(errors.pipeline[0]?.missing).toEqual(
      ["instrument", "pooledFundForMultipleContracts", "upfrontFinance", "outcomePayers", "shareOfPaymentContingent"].map((field) => ({
        field,
        records: 62,
      })),
    );
    expect(errors.indigo.map((p) => [p.id, p.records])).toEqual([
      ["no-investment-rows", 12],
      ["payer-kind-unknown", 14],
      ["government-prefinance", 1],
    ]);
    expect(errors.indigo[0]?.missing).toEqual([
      { field: "upfrontFinance", records: 12 },
      { field: "shareOfPaymentContingent", records: 12 },
      { field: "outcomePayers[].type", records: 1 },
    ]);
    expect(errors.indigo[1]?.missing).toEqual([
      { field: "upfrontFinance[].repaymentContingentOnOutcomes", records: 14 },
      { field: "shareOfPaymentContingent", records: 14 },
      { field: "outcomePayers[].type", records: 11 },
      { field: "outcomePayers", records: 3 },
    ]);
  });

  it("places government payers by ISO jurisdiction, and finds an external or non-government payer behind every DIB", async () => {
    const { evaluation } = await typologyStudy();
    expect(evaluation.payers).toEqual({
      governmentCommitments: 562,
      byJurisdiction: 487,
      byCountryName: 0,
      unplaced: 75,
      abroad: 22,
      dibs: 31,
      dibsExternal: 20,
      dibsNonGovernment: 11,
      sibNamedDib: { projects: 3, external: 2, nonGovernment: 1 },
    });
  });

  it("measures how many records know each field an Outcomes-based Contracts Dataset needs", async () => {
    const { coverage } = await typologyStudy();
    expect(coverage.map((r) => [r.field, r.indigo, r.pipeline])).toEqual([
      ["instrument", 320, 1],
      ["pooledFundForMultipleContracts", 320, 0],
      ["shareOfPaymentContingent", 0, 0],
      ["upfrontFinance (who pre-finances)", 308, 19],
      ["upfrontFinance[].repaymentContingentOnOutcomes", 0, 7],
      ["outcomePayers[].type", 288, 11],
      ["outcomePayers[].location (new)", 226, null],
      ["paidByOutcomesFund (new)", 125, null],
      ["countries (of delivery)", 320, 122],
    ]);
  });
});
