import { describe, expect, it } from "vitest";
import { mapSurvey, parseCodebook, parseColumnMap, SurveyError, torontoColumnMap } from "../src/index.js";
import { secondCodebook, secondColumnMap } from "./second-survey.js";

const Q1 = "1. How has your agency been impacted by the COVID-19 pandemic?";
// Enough of the Toronto codebook for its map to resolve: every item the map names.
const torontoLike = parseCodebook([
  ...["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15"].map((n) => ({
    field: `1.${n}. Impact ${n}`,
    question: Q1,
    values: ["1", "NULL"],
  })),
  ...["1", "2", "3", "4", "5", "6", "7"].map((n) => ({
    field: `5.${n}. Thought ${n}`,
    question: "5. When it comes ...",
    values: ["1", "NULL"],
  })),
  ...["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"].map((n) => ({
    field: `6.${n}. Need ${n}`,
    question: "6. What is needed ...",
    values: ["1", "NULL"],
  })),
  ...["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"].flatMap((n) =>
    ["Short-term (0-6 months)", "Medium-term (6-18 months)", "Long-term (18+ months)", "N/A"].map((h, i) => ({
      field: `3.${n}.${i + 1}. Support ${n} - ${h}`,
      question: `3.${n}. Please identify ...`,
      values: ["1", "NULL"],
    })),
  ),
  ...Array.from({ length: 24 }, (_, i) => ({
    field: `14.${i + 1}. Sector ${i + 1}`,
    question: "14. What types ...",
    values: ["1", "NULL"],
  })),
  {
    field: "17. How many paid employees?",
    question: "17. How many paid employees?",
    values: ["0", "1-5", "6-10", "11-20", "21-100", "Over 100"],
  },
  {
    field: "18. What is your agency's annual operating budget?",
    question: "18. What is your agency's annual operating budget?",
    values: [
      "0 - $99,999",
      "$100,000 - $249,999",
      "$250,000 - $499,999",
      "$500,000 - $999,999",
      "$1,000,000 - $10,000,000",
      "Over $10,000,000",
    ],
  },
]);

describe("mapSurvey: one pipeline, two surveys, two column maps", () => {
  it("resolves the Toronto map: themes by item code, recovery as a grid, sectors as ticks", () => {
    const s = mapSurvey(torontoColumnMap, torontoLike);
    expect(s.themes.modes.items.map((i) => [i.item.code, i.label])).toEqual([
      ["1.2", "Moved services online"],
      ["1.13", "New delivery partnerships"],
    ]);
    expect(s.themes.funders.items.map((i) => i.item.code)).toEqual(["1.5", "1.6", "1.14", "1.15"]);
    expect(s.recovery.items).toHaveLength(40);
    expect(s.recovery.items[0]?.item.grid).toEqual({ row: "Support 1", column: "Short-term (0-6 months)" });
    expect(s.sector.from).toBe("ticks");
    expect(s.budget).toMatchObject({ from: "choice", item: { code: "18" } });
    expect(s.staff).toMatchObject({ from: "choice", item: { code: "17" } });
  });

  it("resolves the second survey's map: variable names, a single-choice sector, budget bands, no staff item", () => {
    const s = mapSurvey(parseColumnMap(secondColumnMap), parseCodebook(secondCodebook));
    expect(s.themes.programmes.items.map((i) => [i.item.code, i.label])).toEqual([
      ["prog_suspended", "Suspended some programmes"],
      ["prog_relief", "Relief work"],
    ]);
    expect(s.themes.staffing.items).toEqual([]);
    expect(s.recovery.horizons).toEqual({ "Next 6 months": "short", "After 6 months": "long" });
    expect(s.sector).toMatchObject({ from: "choice", item: { code: "sector" }, order: ["Education", "Health", "Livelihoods"] });
    expect(s.budget).toMatchObject({ from: "bands", item: { code: "budget_inr" } });
    expect(s.staff).toBeNull();
  });

  it("finds an item by its exact column title as well as by its code", () => {
    const map = parseColumnMap({
      ...secondColumnMap,
      themes: { ...secondColumnMap.themes, modes: { title: "Modes", items: ["mode_online"] } },
    });
    expect(mapSurvey(map, parseCodebook(secondCodebook)).themes.modes.items[0]?.item.column).toBe("mode_online");
  });

  it("fails on an item the codebook lacks, or of the wrong kind, naming the theme", () => {
    const items = parseCodebook(secondCodebook);
    const wrong = (themes: object) => () =>
      mapSurvey(parseColumnMap({ ...secondColumnMap, themes: { ...secondColumnMap.themes, ...themes } }), items);
    expect(wrong({ funders: { title: "F", items: ["fund_gone"] } })).toThrow(SurveyError);
    expect(wrong({ funders: { title: "F", items: ["fund_gone"] } })).toThrow(
      'The column map for made-up-india-npo-pulse-2021 names "fund_gone" under funders, but the codebook has no item with that code or column title.',
    );
    expect(wrong({ modes: { title: "M", items: ["sector"] } })).toThrow(
      'names "sector" under modes, which is a choice item; modes needs a tick item.',
    );
    expect(wrong({ sector: { from: "choice", title: "S", item: "sector", order: ["Sports"] } })).toThrow(
      'names "Sports" under sector (answer)',
    );
    expect(wrong({ recovery: { title: "R", items: ["need_fund_now"], horizons: { "After 6 months": "long" } } })).toThrow(
      'gives no horizon for the recovery grid\'s column "Next 6 months".',
    );
  });
});
