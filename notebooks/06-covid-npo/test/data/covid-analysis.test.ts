import { readFileSync } from "node:fs";
import { AgencySurveyResponse, cellMeta, loadAgencySurveyCodebook, loadAgencySurveyResponses, resolveDataDir } from "@hnl/data";
import { DISCLOSURE_SCHEME, type PublishedSurveyTable } from "@hnl/survey";
import { describe, expect, it } from "vitest";
import { ALL_RESPONDENTS, cellOf, covidAnalysis, THRESHOLD } from "../../src/data/covid-analysis.ts";

const a = await covidAnalysis();
const all = ALL_RESPONDENTS;
const label = (t: PublishedSurveyTable, row: string, column: string) => cellOf(t, row, column).label;
const tables = Object.values(a).filter((v): v is PublishedSurveyTable => typeof v === "object" && v !== null && "disclosure" in v);

describe("covidAnalysis on the real Toronto survey", () => {
  it("counts 344 responses, 243 complete, 241 agencies in 1,444 sector memberships", () => {
    expect(a.overview.cells.map((c) => [c.column, c.count])).toEqual([
      ["Accepted", 344],
      ["Reached the end", 243],
      ["Stopped before the end", 101],
      ["Answered question 1 (impacts)", 344],
      ["Named at least one sector", 241],
      ["Sector ticks (an agency in several counts in each)", 1444],
      ["Ticked one sector only", 54],
      ["Gave a budget band", 204],
      ["Gave a staff size", 243],
      ["Entries", 150],
    ]);
  });

  it("gives each impact with its denominator and 95% Wilson interval", () => {
    expect(label(a.operations, all, "Moved services online")).toBe("218 of 344 (63%; 95% CI 58–68%)");
    expect(label(a.operations, all, "Closed or adjusted services")).toBe("241 of 344 (70%; 95% CI 65–75%)");
    expect(label(a.fundingStaffing, all, "Laid off staff")).toBe("90 of 344 (26%; 95% CI 22–31%)");
    expect(label(a.impactsByCompletion, "Reached the end", "Moved services online")).toBe("155 of 243 (64%; 95% CI 58–70%)");
    expect(label(a.impactsByCompletion, "Stopped before the end", "Moved services online")).toBe("63 of 101 (62%; 95% CI 53–71%)");
  });

  it("reads question 3 as needs by horizon, each out of those who answered about that need", () => {
    expect(label(a.needs, "Stable or flexible funding", "Long term")).toBe("160 of 254 (63%; 95% CI 57–69%)");
    expect(label(a.needs, "Public health guidance", "Short term")).toBe("100 of 270 (37%; 95% CI 31–43%)");
    // The earliest horizon is exclusive: the four parts add up to the need's base.
    const parts = a.firstNeed.cells.filter((c) => c.row === "Stable or flexible funding");
    expect(parts.map((c) => c.count)).toEqual([73, 43, 113, 25]);
    expect(parts.reduce((n, c) => n + (c.count ?? 0), 0)).toBe(254);
  });

  it("suppresses 38 of 491 published cells: small sectors and sizes, and one re-opening answer", () => {
    const by = Object.fromEntries(a.disclosure.map((d) => [d.id, [d.cells, d.primary, d.complementary]]));
    expect(by).toMatchObject({
      "impacts-by-sector": [192, 17, 0],
      "impacts-by-budget": [48, 5, 3],
      "impacts-by-staff": [48, 6, 6],
      reopening: [7, 1, 0],
    });
    expect(a.disclosure.reduce((n, d) => n + d.primary + d.complementary, 0)).toBe(38);
    expect(a.disclosure.reduce((n, d) => n + d.cells, 0)).toBe(491);
    expect(label(a.bySector, "Environment", "Laid off staff")).toBe("suppressed (of 11)");
    expect(label(a.reopening, all, "None of these")).toBe("suppressed (of 291)");
  });

  it("publishes no count from 1 to 4, nor one that leaves 1 to 4 on the other side, in any table", () => {
    expect(tables).toHaveLength(a.disclosure.length);
    for (const t of tables) {
      expect(t.disclosure).toMatchObject({ scheme: DISCLOSURE_SCHEME, threshold: THRESHOLD });
      for (const c of t.cells) {
        if (c.count === null) continue;
        expect(c.count === 0 || c.count >= THRESHOLD).toBe(true);
        if (c.denominator !== null) expect(c.denominator - c.count === 0 || c.denominator - c.count >= THRESHOLD).toBe(true);
      }
    }
  });

  it("holds aggregates only: no respondent field, no free text, agency name or postal-code fragment", async () => {
    const published = JSON.stringify(a);
    expect(published).not.toMatch(/"respondent"|"reached_end"|"q1_1"/);
    const responses = await loadAgencySurveyResponses(resolveDataDir());
    const shape = AgencySurveyResponse.shape;
    const sensitive = (Object.keys(shape) as (keyof typeof shape)[]).filter((f) => cellMeta(shape[f])?.sensitive === true);
    const values = responses.records
      .flatMap((r) => sensitive.map((f) => r[f]))
      .filter((v): v is string => typeof v === "string" && v.trim().length >= 8);
    expect(values.length).toBeGreaterThan(1000);
    // An answer that is the survey's own wording ("Education", "Childcare") identifies no one:
    // like the build's publication guard, skip answers found in the codebook.
    const codebook = (await loadAgencySurveyCodebook(resolveDataDir())).records
      .map((e) => [e.fieldName, e.question, ...e.values].join(" "))
      .join(" ")
      .toLowerCase();
    const text = published.toLowerCase();
    const leaked = values
      .map((v) => v.trim().toLowerCase())
      .filter((v) => !codebook.includes(v) && text.includes(JSON.stringify(v).slice(1, -1)));
    expect(leaked).toEqual([]);
  });

  it("backs the page's comparisons: the largest budgets moved online most, funding led the long term", () => {
    const online = a.byBudget.cells.filter((c) => c.column === "Moved services online");
    expect(online.reduce((best, c) => ((c.share ?? 0) > (best.share ?? 0) ? c : best)).row).toBe("Over $10M");
    const longTerm = a.needs.cells.filter((c) => c.column === "Long term");
    expect(longTerm.reduce((best, c) => ((c.share ?? 0) > (best.share ?? 0) ? c : best)).row).toBe("Stable or flexible funding");
    const shortTerm = a.needs.cells.filter((c) => c.column === "Short term");
    expect(shortTerm.reduce((best, c) => ((c.share ?? 0) > (best.share ?? 0) ? c : best)).row).toBe("Public health guidance");
    const effects = a.fundingStaffing.cells;
    expect(effects.reduce((best, c) => ((c.share ?? 0) > (best.share ?? 0) ? c : best)).column).toBe("Lost volunteers");
  });
});

describe("findings.json", () => {
  const findings = JSON.parse(readFileSync(new URL("../../findings.json", import.meta.url), "utf8")) as {
    id: string;
    statement: string;
    evidence: string[];
    confidence: string;
    status: string;
  }[];
  const text = (id: string) => findings.find((f) => f.id === id)?.statement ?? "";

  it("has 3 to 5 draft findings whose evidence is a figure of the page", () => {
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(findings.length).toBeLessThanOrEqual(5);
    const figures = [
      "operations",
      "funding-staffing",
      "impacts-by-sector",
      "impacts-by-budget",
      "impacts-by-staff",
      "needs-by-horizon",
      "needs-first-horizon",
      "second-wave",
      "sector-online-weighted",
      "sector-online-gaps",
    ];
    for (const f of findings) {
      expect(f.id).toMatch(/^F6\.\d$/);
      expect(f.status).toBe("draft");
      expect(["high", "medium", "low"]).toContain(f.confidence);
      for (const e of f.evidence) expect(figures).toContain(e);
    }
  });

  it("states the figures the data gives today (a finding goes stale, this fails)", () => {
    expect(text("F6.1")).toContain(label(a.operations, all, "Closed or adjusted services"));
    expect(text("F6.1")).toContain(label(a.operations, all, "Moved services online"));
    expect(text("F6.1")).toContain(label(a.operations, all, "Stayed closed, no services"));
    expect(text("F6.2")).toContain(label(a.fundingStaffing, all, "Lost volunteers"));
    expect(text("F6.2")).toContain(label(a.fundingStaffing, all, "Lost user-fee revenue"));
    expect(text("F6.2")).toContain(label(a.fundingStaffing, all, "Lost partner/donor funding"));
    expect(text("F6.2")).toContain(label(a.fundingStaffing, all, "Laid off staff"));
    expect(text("F6.3")).toContain(label(a.needs, "Stable or flexible funding", "Long term"));
    expect(text("F6.3")).toContain(label(a.needs, "Additional funding", "Long term"));
    expect(text("F6.3")).toContain(label(a.needs, "Public health guidance", "Short term"));
    expect(text("F6.4")).toContain(label(a.byBudget, "Over $10M", "Moved services online"));
    expect(text("F6.4")).toContain(label(a.byBudget, "$1M to $10M", "Moved services online"));
    expect(text("F6.4")).toContain(label(a.byBudget, "Under $100k", "Moved services online"));
    expect(text("F6.5")).toContain(
      `${cellOf(a.overview, "Responses", "Named at least one sector").label} agencies ticked ${cellOf(a.overview, "Responses", "Sector ticks (an agency in several counts in each)").label} sectors`,
    );
    const online = a.sectorSummary.find((x) => x.impact === "Moved services online");
    expect(text("F6.5")).toContain(`${online?.higher.length} of ${online?.compared} sectors moved online clearly more often`);
    const pts = (p: { points: number; lower: number; upper: number } | null | undefined) =>
      p == null
        ? "missing"
        : `${p.points > 0 ? "+" : ""}${p.points.toFixed(1)} points (95% CI ${p.lower.toFixed(1)} to ${p.upper.toFixed(1)})`;
    const contrast = (sector: string) => a.sectorContrasts.find((c) => c.impact === "Moved services online" && c.sector === sector);
    const ethno = contrast("Ethno-specific services");
    expect(text("F6.5")).toContain(
      `ethno-specific services most (${pts(ethno?.difference)}; ${pts(ethno?.withinBudget)} within budget bands)`,
    );
    expect(text("F6.5")).toContain(`did not (${pts(contrast("Children's services")?.difference)})`);
    expect(a.sectorWeights[0]?.sector).toBe("Children's services");
    // Ethno-specific services differ most: no sector's unadjusted difference is larger.
    const online2 = a.sectorContrasts.filter((c) => c.impact === "Moved services online");
    expect(Math.max(...online2.map((c) => c.difference.points))).toBe(ethno?.difference.points);
  });
});

describe("sectors counted once and compared with the rest, on the real survey", () => {
  it("counts each agency once: the sectors' agency-equivalents add up to the agencies that named a sector", () => {
    const total = a.sectorWeights.reduce((n, w) => n + w.equivalents, 0);
    expect(total).toBeCloseTo(241, 0);
    expect(a.sectorWeights.slice(0, 2)).toEqual([
      { sector: "Children's services", agencies: 107, equivalents: 43 },
      { sector: "Human and social services", agencies: 109, equivalents: 17.8 },
    ]);
    // Largest first, and every sector table and figure in that order.
    const eq = a.sectorWeights.map((w) => w.equivalents);
    expect(eq).toEqual([...eq].sort((x, y) => y - x));
    expect(a.bySector.rows).toEqual(a.sectorWeights.map((w) => w.sector));
    expect(a.sectorSizes.rows).toEqual(a.sectorWeights.map((w) => w.sector));
  });

  it("publishes a sector comparison only where its counts, inside and outside the sector, pass suppression", () => {
    const ok = (x: number, n: number) => (x === 0 || x >= THRESHOLD) && (n - x === 0 || n - x >= THRESHOLD);
    expect(a.sectorContrasts.length).toBe(a.sectorSummary.reduce((n, x) => n + x.compared, 0));
    for (const c of a.sectorContrasts) {
      expect(ok(c.share.count, c.share.denominator)).toBe(true);
      expect(cellOf(a.bySector, c.sector, c.impact).count).toBe(c.share.count);
    }
    // Environment and faith-based services have too few agencies for most impacts.
    expect(a.sectorContrasts.filter((c) => c.sector === "Environment").map((c) => c.impact)).toEqual(["Moved services online"]);
  });

  it("finds children's services laying off staff more often than the rest, and homelessness services less, within size bands too", () => {
    const layoffs = a.sectorSummary.find((x) => x.impact === "Laid off staff");
    expect(layoffs).toMatchObject({ compared: 21, clear: { unadjusted: 4, withinBudget: 4, withinStaff: 4 } });
    expect(layoffs?.higher).toEqual(["Children's services"]);
    expect(layoffs?.lower).toEqual(["Homelessness", "LGBTQ2S+ programs"]);
    const kids = a.sectorContrasts.find((c) => c.impact === "Laid off staff" && c.sector === "Children's services");
    expect(kids?.difference).toEqual({ points: 26, lower: 14.4, upper: 37 });
    expect(kids?.withinBudget).toEqual({ points: 24.1, lower: 11.5, upper: 36.6 });
  });

  it("orders the supports the same way in both needs tables", () => {
    expect(a.firstNeed.rows).toEqual(a.needs.rows);
    expect(a.needs.rows[0]).toBe("Public health guidance");
  });
});
