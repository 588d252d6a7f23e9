import { beforeAll, describe, expect, it } from "vitest";
import { type PipelineSummary, pipelineSummary } from "../../src/data/pipeline-summary.ts";

let s: PipelineSummary;
beforeAll(async () => {
  s = await pipelineSummary();
});

describe("pipelineSummary on the real INDIGO Pipeline Dataset", () => {
  it("accounts for all 132 rows of pipelines.csv", () => {
    expect(s.file).toBe("indigo/pipeline/pipelines.csv");
    expect(s.accounting).toEqual({ rowsIn: 132, accepted: 132, rejected: 0 });
    expect(s.total).toBe(132);
  });

  it("documents 99 variables with coverage = 1 - null rate", () => {
    expect(s.definitions).toHaveLength(99);
    expect(s.definitions[0]).toEqual({
      field: "id",
      column: "ID",
      description: "ID",
      type: "text",
      filled: 132,
      records: 132,
      coverage: 1,
      coverageLabel: "132 of 132 (100%)",
    });
    const byField = new Map(s.definitions.map((d) => [d.field, d]));
    expect(byField.get("stageDevelopmentStage")?.coverageLabel).toBe("118 of 132 (89%)");
    expect(byField.get("datesExpectedLaunchDate")?.filled).toBe(31);
    expect(byField.get("maxOutcomePaymentAmount")?.filled).toBe(32);
    // A yes/no "TBD" is empty: 5 records answer TBD or nothing for the impact bond flag.
    expect(byField.get("instrumentImpactBond")?.filled).toBe(127);
    expect(new Set(s.definitions.map((d) => d.type))).toEqual(new Set(["text", "list of text", "yes/no"]));
  });

  it("orders the stages from scoping to final negotiations, with the launched state beside them", () => {
    expect(s.stages.rows.map((r) => [r.stage, r.projects, r.launched])).toEqual([
      ["Scoping", 11, 0],
      ["Early stage", 59, 1],
      ["Late stage", 19, 0],
      ["Final negotiations", 29, 1],
      ["Not recorded", 14, 0],
    ]);
    expect(s.stages.states).toEqual([
      { state: "Current", projects: 130 },
      { state: "Launched", projects: 2 },
    ]);
    expect(s.stages.beforeLateStage).toBe("69 of 132 (52%)");
  });

  it("reads as a funnel: current projects by stage in pipeline order, then launched, then no stage, adding up to all", () => {
    expect(s.stages.funnel.map((r) => [r.step, r.projects, r.label])).toEqual([
      ["Scoping", 11, "11 (8%)"],
      ["Early stage", 58, "58 (44%)"],
      ["Late stage", 19, "19 (14%)"],
      ["Final negotiations", 28, "28 (21%)"],
      ["Launched", 2, "2 (2%)"],
      ["Stage not recorded", 14, "14 (11%)"],
    ]);
    expect(s.stages.funnel.reduce((n, r) => n + r.projects, 0)).toBe(132);
  });

  it("sets the pipeline against the 320 impact bonds of the INDIGO Impact Bond Dataset in aligned categories", () => {
    const v = s.vsIndigo;
    expect(v.indigoTotal).toBe(320);
    expect(v.bases).toEqual({
      Region: { pipeline: 127, indigo: 320 },
      Sector: { pipeline: 117, indigo: 320 },
      Instrument: { pipeline: 132, indigo: 320 },
    });
    const row = (c: string) => v.rows.find((r) => r.category === c);
    expect(row("Africa")?.pipeline.label).toBe("64 of 127 (50%; 95% CI 42–59%)");
    expect(row("Africa")?.indigo?.label).toBe("16 of 320 (5%; 95% CI 3–8%)");
    expect(row("Europe")?.indigo?.numerator).toBe(200);
    // Child and family welfare 47, homelessness 38 and poverty reduction 3 make social welfare.
    expect(row("Social welfare")?.indigo?.numerator).toBe(88);
    expect(row("Impact bond")?.indigo?.label).toBe("320 of 320 (100%; 95% CI 99–100%)");
    expect(row("Outcomes fund")?.indigo?.numerator).toBe(125);
    expect(row("Payment by results")?.indigo).toBeNull();
    expect(v.differences.map((d) => [d.dimension, d.category, d.difference])).toEqual([
      ["Instrument", "Impact bond", "lower"],
      ["Region", "Europe", "lower"],
      ["Region", "Africa", "higher"],
      ["Sector", "Agriculture and environment", "higher"],
      ["Sector", "Education", "higher"],
      ["Region", "Latin America and the Caribbean", "higher"],
      ["Region", "Asia", "higher"],
      ["Sector", "Social welfare", "lower"],
      ["Region", "Northern America", "lower"],
      ["Sector", "Criminal justice", "lower"],
      ["Region", "Oceania", "lower"],
    ]);
    expect(v.pipelineOnlySectors).toEqual([
      { label: "Water, sanitation and hygiene", projects: 10 },
      { label: "Energy", projects: 6 },
      { label: "Humanitarian", projects: 3 },
    ]);
    expect(v.notImpactBond.label).toBe("99 of 132 (75%; 95% CI 67–82%)");
    expect(v.accounting.map((a) => [a.file, a.rowsIn, a.rejected])).toEqual([
      ["indigo/impact-bond-dataset/projects/projects.csv", 320, 0],
      ["indigo/impact-bond-dataset/projects/projects_delivery_locations.csv", expect.any(Number), 0],
      ["indigo/impact-bond-dataset/projects/projects_outcome_funds.csv", 131, 0],
    ]);
  });

  it("counts each instrument flag over all records, and the overlaps", () => {
    expect(s.instruments.rows.map((r) => [r.field, r.projects, r.no, r.notAnswered])).toEqual([
      ["instrumentOutcomesFund", 42, 85, 5],
      ["instrumentImpactBond", 33, 94, 5],
      ["instrumentPaymentByResultsNoPrefinancing", 32, 94, 6],
      ["instrumentSocialImpactIncentivesSiinc", 18, 107, 7],
      ["instrumentTechnicalAssistance", 16, 110, 6],
      ["instrumentSocialImpactGuarantee", 4, 122, 6],
      ["instrumentOther", 23, 1, 108],
    ]);
    expect(s.instruments.perRecord).toEqual([
      { flagsYes: 0, projects: 21 },
      { flagsYes: 1, projects: 86 },
      { flagsYes: 2, projects: 17 },
      { flagsYes: 3, projects: 7 },
      { flagsYes: 4, projects: 1 },
    ]);
    expect([s.instruments.several, s.instruments.none, s.instruments.noneButOther]).toEqual([25, 21, 16]);
    const final = s.instrumentsByStage.filter((c) => c.stage === "Final negotiations").map((c) => [c.instrument, c.projects]);
    expect(final).toEqual([
      ["Outcomes fund", 14],
      ["Impact bond", 2],
      ["Payment by results (no pre-financing)", 4],
      ["Social impact incentives (SIINC)", 8],
      ["Technical assistance and market building", 8],
      ["Social impact guarantee", 0],
    ]);
  });

  it("places the projects in 63 countries and six regions", () => {
    expect(s.countries.rows).toHaveLength(63);
    expect(s.countries.rows.slice(0, 3)).toEqual([
      { country: "India", code: "IN", region: "Asia", projects: 19 },
      { country: "Kenya", code: "KE", region: "Africa", projects: 16 },
      { country: "South Africa", code: "ZA", region: "Africa", projects: 9 },
    ]);
    expect([s.countries.withoutCountry, s.countries.withoutRegion, s.countries.multiCountry, s.countries.unplaced]).toEqual([9, 5, 16, []]);
    expect(s.countries.regions.map((r) => [r.region, r.projects, r.countries])).toEqual([
      ["Africa", 64, 29],
      ["Asia", 37, 15],
      ["Europe", 3, 2],
      ["Latin America and the Caribbean", 27, 15],
      ["Northern America", 2, 2],
      ["Oceania", 0, 0],
      ["No country recorded", 5, 0],
    ]);
    expect(s.countries.topRegion?.region).toBe("Africa");
  });

  it("counts income groups and sectors as the records flag them", () => {
    expect(s.income.rows.map((r) => [r.label, r.projects, r.notAnswered])).toEqual([
      ["Low income", 24, 12],
      ["Lower-middle income", 72, 13],
      ["Upper-middle income", 38, 13],
      ["High income", 8, 14],
    ]);
    expect([s.income.several, s.income.none]).toEqual([12, 10]);
    expect(s.sectors.rows.slice(0, 4).map((r) => [r.label, r.projects])).toEqual([
      ["Education", 41],
      ["Employment and private sector development", 34],
      ["Health", 34],
      ["Environment and climate change", 33],
    ]);
    expect(s.sectors.rows.find((r) => r.field === "sectorCriminalJustice")?.projects).toBe(0);
    expect([s.sectors.several, s.sectors.none]).toEqual([51, 15]);
  });

  it("reads 33 expected launches as date ranges (4 from the notes), 'Q2 2023 or later' counted under Q2 2023", () => {
    expect(s.launch.rows.map((r) => [r.when, r.from, r.projects, r.orLater, r.fromNote])).toEqual([
      ["Q1 2022", "2022-01-01", 1, 0, 0],
      ["Q2 2022", "2022-04-01", 4, 0, 0],
      ["Q3 2022", "2022-07-01", 4, 0, 0],
      ["Q4 2022", "2022-10-01", 3, 0, 0],
      ["Q1 2023", "2023-01-01", 5, 0, 0],
      ["Q2 2023", "2023-04-01", 12, 7, 0],
      ["Q3 2023", "2023-07-01", 1, 0, 1],
      ["2024", "2024-01-01", 1, 0, 1],
      ["Q4 2024", "2024-12-01", 1, 0, 1],
      ["2025", "2025-01-01", 1, 0, 1],
    ]);
    expect(s.launch.unreadable).toEqual([{ text: "TBD", projects: 1 }]);
    expect([s.launch.read, s.launch.fromField, s.launch.fromNote, s.launch.unreadableCount, s.launch.blank, s.launch.orLater]).toEqual([
      33, 29, 4, 1, 98, 7,
    ]);
    const q2 = s.variables.filter((v) => v.launch?.value.label === "Q2 2023");
    expect(q2.filter((v) => v.launch?.value.to === null)).toHaveLength(7);
    expect(q2.find((v) => v.launch?.value.to !== null)?.launch?.value).toMatchObject({ from: "2023-04-01", to: "2023-06-30" });
  });

  it("knows 26 sizes in US dollars (22 as recorded, 1 from the notes, 3 converted) and says why the other 6 stated sizes are not", () => {
    const { bands, readings, usdMedian, usdMax, ...counts } = s.sizes;
    expect(counts).toEqual({
      stated: 32,
      blank: 100,
      usd: 26,
      usdAsRecorded: 22,
      fromNote: 1,
      converted: 3,
      convertedCurrencies: [
        { currency: "EUR", projects: 2 },
        { currency: "ZAR", projects: 1 },
      ],
      usdRanges: 1,
      tbd: 4,
      cannotConvert: 1,
      cannotConvertCurrencies: ["COP"],
      unclearCurrency: 1,
      unreadable: 0,
      notReadAsUsd: 6,
      usdMin: 660_000,
      usdMaxId: "INDIGO-PL-0074",
      usdMaxName: "Digital Skills Outcomes Fund",
    });
    // The middle two of 26: $8.8M and the 10 million euros converted.
    expect(usdMedian).toBeCloseTo((8_800_000 + 10e6 / 0.9493) / 2, 0);
    expect(usdMax).toBeCloseTo(3.5e9 / 16.3598, -3);
    expect(bands.map((b) => b.projects)).toEqual([1, 5, 7, 8, 3, 2]);
    expect(readings.find((r) => r.id === "INDIGO-PL-0026")).toMatchObject({ usdLow: 500_000, usdHigh: 20_000_000, from: "field" });
  });

  it("reads PCMC (INDIGO-PL-0044) as about US$13 million from its note, not 13 million rupees", () => {
    const pcmc = s.variables.find((v) => v.id === "INDIGO-PL-0044");
    expect(pcmc?.sizeUsd).toMatchObject({ value: { low: 13_000_000, high: 13_000_000 }, from: "note" });
    expect(pcmc?.sizeUsd?.fields).toContain("financeNotes");
    expect(pcmc?.sizeUsd?.detail).toContain("US $ 13 million");
  });

  it("converts the Digital Skills Outcomes Fund's 3.5 billion rand with FRED's 2022 South Africa rate, naming rate, year and series", () => {
    const zar = s.variables.find((v) => v.id === "INDIGO-PL-0074");
    expect(zar?.sizeUsd?.from).toBe("converted");
    expect(zar?.sizeUsd?.value.high).toBeCloseTo(3.5e9 / 16.3598, -2);
    expect(zar?.sizeUsd?.detail).toBe("ZAR 3.5B at 16.3598 ZAR per USD (FRED South Africa, yearly 2022)");
    // The largest size in the pipeline, in the top band.
    expect(s.sizes.bands.at(-1)?.projects).toBe(2);
  });

  it("reports the Colombian peso size (from the notes) as not convertible and counts it, never guessing a rate", () => {
    const cop = s.variables.find((v) => v.id === "INDIGO-PL-0047");
    expect(cop?.sizeUsd).toBeNull();
    expect(cop?.sizeNotUsd).toMatchObject({ reason: "cannot convert", currency: "COP" });
    expect(cop?.sizeNotUsd?.message).toContain("COP cannot be converted to US dollars");
    expect(s.sizes.cannotConvert).toBe(1);
  });

  it("covers more records after the notes are read and currencies converted, and never fewer", () => {
    expect(s.coverage.map((c) => [c.variable, c.before, c.after, c.fromNote, c.converted])).toEqual([
      ["Stage of development", 118, 118, 0, 0],
      ["Instruments", 111, 111, 0, 0],
      ["Countries of delivery", 122, 123, 1, 0],
      ["World regions", 122, 127, 5, 0],
      ["Income groups served", 122, 122, 0, 0],
      ["Policy sectors", 117, 117, 0, 0],
      ["Expected launch (date range)", 29, 33, 4, 0],
      ["Expected size in US dollars", 22, 26, 1, 3],
    ]);
  });

  it("leads with five computed headline figures", () => {
    expect(s.headlines.map((h) => [h.label, h.value, h.detail])).toEqual([
      ["In final negotiations", "28", "28 of 132 (21%); 2 more are marked launched"],
      ["Most common instrument: outcomes fund", "42", "42 of 132 (32%); 25 projects flag more than one instrument"],
      ["Top country: India", "19", "projects; then Kenya (16) and South Africa (9); 63 countries in all"],
      ["Largest income group: lower-middle income", "72", "72 of 132 (55%) projects serve countries in this group"],
      ["Typical size (median)", "$9.7M", "maximum outcome payment, over the 26 of 132 projects whose size is known in US dollars"],
    ]);
  });
});
