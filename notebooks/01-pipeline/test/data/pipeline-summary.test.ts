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
    expect(s.stages.cells.reduce((n, c) => n + c.projects, 0)).toBe(132);
    expect(s.stages.beforeLateStage).toBe("70 of 132 (53%)");
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
    expect([s.countries.withoutCountry, s.countries.multiCountry, s.countries.unplaced]).toEqual([10, 16, []]);
    expect(s.countries.regions.map((r) => [r.region, r.projects, r.countries])).toEqual([
      ["Africa", 60, 29],
      ["Asia", 34, 15],
      ["Europe", 3, 2],
      ["Latin America and the Caribbean", 25, 15],
      ["Northern America", 2, 2],
      ["Oceania", 0, 0],
      ["No country recorded", 10, 0],
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

  it("reads 29 launch dates and counts 2 it cannot read and 101 blanks", () => {
    expect(s.launch.rows).toEqual([
      { when: "Q1 2022", year: 2022, quarter: 1, orLater: false, projects: 1 },
      { when: "Q2 2022", year: 2022, quarter: 2, orLater: false, projects: 4 },
      { when: "Q3 2022", year: 2022, quarter: 3, orLater: false, projects: 4 },
      { when: "Q4 2022", year: 2022, quarter: 4, orLater: false, projects: 3 },
      { when: "Q1 2023", year: 2023, quarter: 1, orLater: false, projects: 5 },
      { when: "Q2 2023", year: 2023, quarter: 2, orLater: false, projects: 5 },
      { when: "Q2 2023 or later", year: 2023, quarter: 2, orLater: true, projects: 7 },
    ]);
    expect(s.launch.unreadable).toEqual([
      { text: "Don’t Know", projects: 1 },
      { text: "TBD", projects: 1 },
    ]);
    expect([s.launch.read, s.launch.unreadableCount, s.launch.blank, s.launch.orLater]).toEqual([29, 2, 101, 7]);
  });

  it("reads 22 sizes in USD and says why the other 10 stated sizes are not", () => {
    const { bands, readings, ...counts } = s.sizes;
    expect(counts).toEqual({
      stated: 32,
      blank: 100,
      usd: 22,
      usdRanges: 1,
      usdApproximate: 1,
      tbd: 5,
      otherCurrency: 4,
      unclearCurrency: 1,
      unreadable: 0,
      notReadAsUsd: 10,
      usdMedian: 6_000_000,
      usdMin: 660_000,
      usdMax: 100_000_000,
      usdMaxId: "INDIGO-PL-0059",
    });
    expect(bands).toEqual([
      { band: "Under $1M", usdFrom: 0, usdTo: 1_000_000, projects: 1 },
      { band: "$1M to under $5M", usdFrom: 1_000_000, usdTo: 5_000_000, projects: 5 },
      { band: "$5M to under $10M", usdFrom: 5_000_000, usdTo: 10_000_000, projects: 7 },
      { band: "$10M to under $25M", usdFrom: 10_000_000, usdTo: 25_000_000, projects: 5 },
      { band: "$25M to under $50M", usdFrom: 25_000_000, usdTo: 50_000_000, projects: 3 },
      { band: "$50M or more", usdFrom: 50_000_000, usdTo: null, projects: 1 },
    ]);
    expect(readings.filter((r) => r.status === "other-currency").map((r) => [r.id, r.reading])).toEqual([
      ["INDIGO-PL-0037", "16.2M EUR"],
      ["INDIGO-PL-0044", "13M INR"],
      ["INDIGO-PL-0074", "3.5B ZAR"],
      ["INDIGO-PL-0191", "10M EUR"],
    ]);
    expect(readings.find((r) => r.id === "INDIGO-PL-0026")).toMatchObject({
      reading: "$500K to $20M",
      usdLow: 500_000,
      usdHigh: 20_000_000,
    });
  });

  it("leads with five computed headline figures", () => {
    expect(s.headlines.map((h) => [h.label, h.value, h.detail])).toEqual([
      ["In final negotiations", "29", "29 of 132 (22%); 2 more are marked launched"],
      ["Most common instrument: outcomes fund", "42", "42 of 132 (32%); 25 projects flag more than one instrument"],
      ["Top country: India", "19", "projects; then Kenya (16) and South Africa (9); 63 countries in all"],
      ["Largest income group: lower-middle income", "72", "72 of 132 (55%) projects serve countries in this group"],
      ["Typical size (median)", "$6M", "maximum outcome payment, over the 22 of 132 projects that state one in USD"],
    ]);
  });
});
