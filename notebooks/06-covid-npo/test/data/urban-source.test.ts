// The chapter run on the second column map: a synthetic file of 12 made-up organisations in the
// layout of the Urban Institute's year 1 public-use file (real variable names from its data
// dictionary, invented answers), through the same loader and analysis as the Toronto survey.
// It proves the plumbing, not any result for the US survey, whose data are not here.
import { fileURLToPath } from "node:url";
import { resolveDataDir } from "@hnl/data";
import { countTicks, loadSurvey } from "@hnl/survey";
import { describe, expect, it } from "vitest";
import { ALL_RESPONDENTS, analyseSurvey, cellOf } from "../../src/data/covid-analysis.ts";

const puf = fileURLToPath(new URL("../fixtures/urban-puf-year1-synthetic.csv", import.meta.url));
const survey = await loadSurvey(resolveDataDir(), "urban-nptrends-year-1", { puf });
const a = analyseSurvey(survey);
const themes = survey.survey.themes;
const ticks = countTicks(survey.tidy, [
  ...themes.programmes.items,
  ...themes.modes.items,
  ...themes.funders.items,
  ...themes.staffing.items,
]);
/** Before suppression: what the pipeline counted for an impact, by its label. */
const count = (label: string) => {
  const c = ticks.find((x) => x.column === label);
  return [c?.count, c?.denominator];
};

describe("the chapter on the Urban Institute layout (synthetic fixture)", () => {
  it("reads 12 organisations, 9 fully complete, every one in a sector, budget stratum and staff band", () => {
    expect(survey.tidy.respondents.filter((r) => r.complete).length).toBe(9);
    expect(a.overview.cells.map((c) => [c.column, c.count])).toEqual([
      ["Accepted", 12],
      ["Reached the end", 9],
      ["Stopped before the end", null],
      ["Answered question 1 (impacts)", 12],
      ["Named at least one sector", 12],
      ["Sector ticks (an agency in several counts in each)", 14],
      ["Ticked one sector only", 10],
      ["Gave a budget band", 12],
      ["Gave a staff size", 12],
      ["Entries", survey.codebook.accounting.accepted],
    ]);
    expect(survey.codebook.accounting.accepted).toBe(359);
  });

  it("counts the mapped impacts with Toronto's labels: online 8 of 12, donations down 6, PPP 10", () => {
    expect(count("Moved services online")).toEqual([8, 12]);
    expect(count("Closed or adjusted services")).toEqual([6, 12]);
    expect(count("Longer hours, more demand")).toEqual([5, 12]);
    expect(count("Lost partner/donor funding")).toEqual([6, 12]);
    expect(count("Applied for wage subsidy")).toEqual([10, 12]);
    expect(count("Reduced staff hours")).toEqual([7, 12]);
    expect(count("Laid off staff")).toEqual([5, 12]);
    expect(count("Hired staff")).toEqual([0, 12]);
    // The published tables suppress as for Toronto: 8 of 12 leaves 4 on the other side, so it is hidden; 6 of 12 is shown.
    expect(cellOf(a.operations, ALL_RESPONDENTS, "Moved services online").count).toBeNull();
    expect(cellOf(a.operations, ALL_RESPONDENTS, "Closed or adjusted services").count).toBe(6);
  });

  it("groups by NTEE sector, expense stratum and paid staff as the map says", () => {
    expect(a.sectorWeights.filter((w) => w.agencies > 0).map((w) => [w.sector, w.agencies])).toEqual([
      ["Human services", 8],
      ["Arts", 6],
    ]);
    expect(a.budgetSizes.cells.filter((c) => c.count !== 0).map((c) => [c.row, c.count])).toEqual([
      ["Under $100k", 6],
      ["$1M to $10M", 6],
    ]);
    expect(a.staffSizes.cells.filter((c) => c.count !== 0).map((c) => [c.row, c.count])).toEqual([
      ["1 to 5", 6],
      ["21 to 100", 6],
    ]);
  });

  it("leaves out what the US survey does not ask: no recovery-needs, re-opening or second-wave rows", () => {
    expect(a.needs.cells).toEqual([]);
    expect(a.reopening.cells).toEqual([]);
    expect(a.secondWave.cells).toEqual([]);
    expect(a.operations.columns).not.toContain("Stayed closed, no services");
  });
});
